import { describe, expect, it } from "vitest";
import { renderTemplate } from "./compile.js";
import { environment, runtimeEnvironment } from "./environment.js";
import { checkTemplate } from "./template-check.js";

const data = {
  locale: "en-GB",
  client: { name: "Acme" },
  items: ["a", "b"],
  count: 3,
  none: false,
};

describe("runtime environments", () => {
  it("hold only the helpers a template names, and what those call", () => {
    const names = checkTemplate("{{#unless none}}{{number count}}{{/unless}}", "test");
    expect([...names].sort()).toEqual(["number", "unless"]);
    expect(Object.keys(runtimeEnvironment(names).helpers).sort()).toEqual([
      "if",
      "number",
      "unless",
    ]);
    expect(Object.keys(environment.helpers)).toContain("money");
    expect(Object.keys(environment.helpers)).not.toContain("lookup");
  });

  it("run every built-in block helper as the full environment would", () => {
    const source = [
      "{{#if count}}if{{else}}no{{/if}}",
      "{{#unless none}} unless{{/unless}}",
      "{{#each items}} {{this}}{{@index}}{{#if @last}}.{{/if}}{{/each}}",
      "{{#with client}} {{name}}{{/with}}",
      " {{#if (and count (not none))}}{{number count}}{{/if}}",
    ].join("");
    expect(renderTemplate(source, "blocks", data)).toBe("if unless a0 b1. Acme 3");
  });
});

import { describe, expect, it } from "vitest";
import { compileTemplate, renderTemplate } from "./compile.js";
import { compileOptions, environment, runtimeOptions } from "./environment.js";
import { ClauseError } from "./errors.js";
import { HOSTILE_TEMPLATES, INJECTIONS } from "./test-bad-inputs.js";
import { parse, visibleText } from "./test-markdown.js";
import { toView } from "./view.js";

const data = { locale: "en-GB", client: { name: "Acme" }, items: ["a", "b"], count: 3 };
const render = (source: string, values: Record<string, unknown> = data) => {
  return renderTemplate(source, "test", values);
};

describe("the Handlebars sandbox", () => {
  it("throws on a missing field instead of printing nothing", () => {
    expect(() => render("{{client.email}}")).toThrow(/"email" not defined/);
    expect(() => render("{{nobody}}")).toThrow(ClauseError);
  });

  it("rejects an unknown helper at compile time", () => {
    expect(() => compileTemplate("{{shout client.name}}", "unknown")).toThrow(
      /unknown helper shout/,
    );
    expect(() => compileTemplate("{{#shout}}x{{/shout}}", "unknown-block")).toThrow(
      /unknown block helper shout/,
    );
    expect(() => compileTemplate("{{#client}}{{name}}{{/client}}", "section")).toThrow(
      /unknown block helper/,
    );
  });

  it("has no lookup, log or partials", () => {
    expect(() => compileTemplate("{{lookup client 'name'}}", "lookup")).toThrow(/lookup/);
    expect(() => compileTemplate("{{log client}}", "log")).toThrow(/log/);
    expect(() => compileTemplate("{{> header}}", "partial")).toThrow(/PartialStatement/);
  });

  it("blocks prototype access: constructor and __proto__ paths fail", () => {
    for (const source of [
      "{{constructor}}",
      "{{__proto__}}",
      "{{client.constructor.name}}",
      "{{items.__proto__}}",
    ]) {
      expect(() => render(source), source).toThrow(/is not a field/);
    }
  });

  it("has no prototype to reach even past the source check", () => {
    // Straight to Handlebars, skipping checkTemplate: the view objects have no
    // prototype, so strict mode finds no "constructor" or "__proto__" field at all.
    const view = toView(data) as object;
    for (const source of ["{{constructor}}", "{{__proto__}}", "{{client.constructor}}"]) {
      const template = environment.compile(source, compileOptions);
      expect(() => template(view, runtimeOptions), source).toThrow();
    }
    const each = environment.compile("{{#each client}}{{@key}}={{this}};{{/each}}", compileOptions);
    expect(each(view, runtimeOptions)).toBe("name=Acme;");
  });

  it.each(HOSTILE_TEMPLATES)("rejects the hostile custom template $id", ({ value }) => {
    expect(() => compileTemplate(value, "custom")).toThrow(ClauseError);
  });

  it("refuses to print a whole object or list", () => {
    expect(() => render("{{client}}")).toThrow(/whole object or list/);
    expect(() => render("{{items}}")).toThrow(/whole object or list/);
  });

  it("prints values that look like templates literally: one pass, never recompiled", () => {
    for (const { value } of INJECTIONS) {
      const markdown = render("Client: {{client.name}}", {
        locale: "en-GB",
        client: { name: value },
      });
      const tree = parse(markdown);
      expect(tree.children.map((child) => child.type)).toEqual(["paragraph"]);
      expect(visibleText(tree)).toBe(`Client: ${value}`);
    }
  });

  it("escapes what helpers print, not only raw fields", () => {
    const markdown = render('{{list names}} and {{text "*literal*"}}', {
      locale: "en-GB",
      names: ["**a**", "[b](https://x.example)"],
    });
    expect(visibleText(parse(markdown))).toBe("**a** and [b](https://x.example) and *literal*");
  });

  it("only lets headings print values through line", () => {
    expect(() => compileTemplate("# {{client.name}}", "heading")).toThrow(/heading may only print/);
    const markdown = render("# {{line client.name}}", {
      locale: "en-GB",
      client: { name: "A\n\n# B" },
    });
    const tree = parse(markdown);
    expect(tree.children.map((child) => child.type)).toEqual(["heading"]);
  });

  it("helpers fail loudly on missing arguments", () => {
    expect(() => render("{{date client.founded}}")).toThrow(/date: expected text, got nothing/);
    expect(() => render("{{money count}}")).toThrow(/money: expected an object/);
  });
});

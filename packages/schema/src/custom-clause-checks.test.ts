import { describe, expect, it } from "vitest";
import { textWithRaw } from "./test-raw.js";
import { validate } from "./validate.js";

const withTemplate = (template: string) =>
  validate(
    textWithRaw(
      "/customClauses",
      JSON.stringify([{ id: "hosting", title: "Hosting", documents: ["contract"], template }]),
    ),
  );

describe("custom clause templates", () => {
  it("accepts a template that prints engagement fields", () => {
    const result = withTemplate("{{client.name}} pays for hosting.");
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("reports every fault of a template at its pointer, with the place in the template", () => {
    const result = withTemplate("{{lookup this '__proto__'}} {{__proto__.polluted}}");
    const messages = result.diagnostics
      .filter((d) => d.code === "CUSTOM_CLAUSE_INVALID")
      .map((d) => [d.pointer, d.message]);
    expect(messages).toEqual(
      expect.arrayContaining([
        [
          "/customClauses/0/template",
          expect.stringMatching(/lookup.*\(template line 1, column \d+\)/),
        ],
        ["/customClauses/0/template", expect.stringMatching(/__proto__.*column 31\)/)],
      ]),
    );
    expect(result.engagement).toBeUndefined();
  });
});

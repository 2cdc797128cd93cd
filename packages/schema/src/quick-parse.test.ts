import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseText } from "./parse.js";
import { keysInText, keysInValue, quickValue } from "./quick-parse.js";
import { validate } from "./validate.js";

const examples = new URL("../../../examples/engagements/", import.meta.url);
const exampleTexts = readdirSync(examples)
  .filter((name) => name.endsWith(".json"))
  .map((name) => readFileSync(new URL(name, examples), "utf8"));

describe("the quick path of validate", () => {
  it("counts the keys written in the text, not strings that look like keys", () => {
    expect(keysInText('{"a": 1, "b" : {"c":"d:"}, "e": ["f", "g:"], "h\\": x": "i\\\\"}')).toBe(5);
    expect(keysInText('["a", "b"]')).toBe(0);
    expect(keysInText('{ "a"\n\t:\r 1 }')).toBe(1);
  });

  it("counts the keys of a parsed value, in nested objects and lists", () => {
    expect(keysInValue(JSON.parse('{"a": 1, "b": {"c": [ {"d": 1, "e": 2} ]}}'))).toBe(5);
    expect(keysInValue(JSON.parse('{"__proto__": {"x": 1}}'))).toBe(2);
  });

  it("leaves duplicate keys, secret keys, syntax errors and limits to the full path", () => {
    expect(quickValue('{"a": 1, "a": 2}')).toBeUndefined();
    expect(quickValue('{"apiKey": "x"}')).toBeUndefined();
    expect(quickValue('{"a": 1,}')).toBeUndefined();
    expect(quickValue(`[${"[".repeat(40)}${"]".repeat(40)}]`)).toBeUndefined();
    expect(
      quickValue(JSON.stringify({ list: Array.from({ length: 10_001 }, () => 1) })),
    ).toBeUndefined();
    expect(quickValue('{"a": "b\\r\\nc"}')).toEqual({ a: "b\nc" });
  });

  it("gives the full path's value for every example", () => {
    for (const text of exampleTexts) {
      const result = validate(text);
      expect(result.diagnostics).toEqual([]);
      expect(result.engagement).toEqual(parseText(text).value);
      expect(quickValue(text)).toEqual(parseText(text).value);
    }
  });

  it("still reports a duplicate key at its line when everything else is valid", () => {
    const text = exampleTexts[0]?.replace('"locale":', '"locale": "en-US", "locale":') ?? "";
    const result = validate(text);
    expect(result.ok).toBe(false);
    const duplicate = result.diagnostics.find((diagnostic) => diagnostic.code === "DUPLICATE_KEY");
    expect(duplicate?.line).toBeGreaterThan(0);
  });
});

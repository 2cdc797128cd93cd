import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validate, type Diagnostic } from "@clausework/schema";

// Each examples/invalid/<name>.json has one problem; <name>.diagnostics.json is
// the golden list of what validate() says about it: code, pointer, message,
// hint (when there is one), line and column; no byte offsets.
// UPDATE_GOLDENS=1 rewrites the goldens from current output.

const folder = new URL("../invalid/", import.meta.url);
const update = process.env.UPDATE_GOLDENS === "1";

const names = readdirSync(folder)
  .filter(
    (file) =>
      file.endsWith(".json") && !file.endsWith(".diagnostics.json") && !file.startsWith("_"),
  )
  .map((file) => file.slice(0, -".json".length))
  .sort();

function golden(diagnostics: readonly Diagnostic[]): string {
  const rows = diagnostics.map(({ code, pointer, message, hint, line, column }) => ({
    code,
    pointer,
    message,
    ...(hint === undefined ? {} : { hint }),
    line,
    column,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

describe("examples/invalid", () => {
  it("starts from a valid base", () => {
    const result = validate(readFileSync(new URL("_base.json", folder), "utf8"), {
      fileName: "_base.json",
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("has at least 12 invalid inputs, each with a golden", () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
    const goldens = readdirSync(folder).filter((file) => file.endsWith(".diagnostics.json"));
    expect(goldens.sort()).toEqual(names.map((name) => `${name}.diagnostics.json`));
  });

  it.each(names)("%s.json gives its golden diagnostics", (name) => {
    const text = readFileSync(new URL(`${name}.json`, folder), "utf8");
    const result = validate(text, { fileName: `${name}.json` });
    expect(result.ok).toBe(false);
    expect(result.engagement).toBeUndefined();
    const actual = golden(result.diagnostics);
    const goldenFile = new URL(`${name}.diagnostics.json`, folder);
    if (update) writeFileSync(goldenFile, actual);
    expect(actual).toBe(readFileSync(goldenFile, "utf8"));
  });
});

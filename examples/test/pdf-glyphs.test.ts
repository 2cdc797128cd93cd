// validate refuses a locale whose dates and numbers the PDF fonts cannot draw,
// using a table of drawable code points in the schema package (it reads no
// fonts). The table is written from render-pdf's own coverage: UPDATE_GOLDENS=1
// rewrites it after a font change (read the diff); this test fails when the two
// disagree.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { drawableRanges } from "@clausework/render-pdf";

const table = fileURLToPath(
  new URL("../../packages/schema/src/pdf-glyphs.generated.ts", import.meta.url),
);

function source(ranges: readonly (readonly [number, number])[]): string {
  const rows = ranges.map(([first, last]) => `  0x${hex(first)}, 0x${hex(last)},`);
  return [
    "/* Generated from render-pdf's embedded fonts by examples/test/pdf-glyphs.test.ts",
    "   (UPDATE_GOLDENS=1). Do not edit. */",
    "",
    "/** Code points the PDF fonts draw, as first, last pairs (both included), sorted. */",
    "export const PDF_DRAWABLE_RANGES: readonly number[] = [",
    ...rows,
    "];",
    "",
  ].join("\n");
}

const hex = (value: number) => value.toString(16).toUpperCase().padStart(4, "0");

describe("the schema's table of drawable code points", () => {
  it("is what the PDF fonts draw", () => {
    const expected = source(drawableRanges());
    if (process.env["UPDATE_GOLDENS"] === "1") writeFileSync(table, expected);
    expect(readFileSync(table, "utf8")).toBe(expected);
  }, 60_000);
});

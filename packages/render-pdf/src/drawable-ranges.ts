// The code points a PDF can draw, as ranges: some embedded family has the glyph
// in every face. validate checks a locale's formatted dates and numbers against
// these ranges (a copy generated into the schema package), so a locale the
// fonts cannot draw is refused before any build instead of failing in the PDF.
import { familyFor } from "./font-runs.js";

export type CodePointRange = readonly [first: number, last: number];

const LAST_CODE_POINT = 0x10ffff;

function drawable(codePoint: number): boolean {
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return false;
  return familyFor(String.fromCodePoint(codePoint)) !== undefined;
}

/** Sorted, disjoint ranges (both ends included) of the code points the PDF fonts draw. */
export function drawableRanges(): CodePointRange[] {
  const ranges: [number, number][] = [];
  for (let codePoint = 0; codePoint <= LAST_CODE_POINT; codePoint += 1) {
    if (!drawable(codePoint)) continue;
    const last = ranges.at(-1);
    if (last !== undefined && last[1] === codePoint - 1) last[1] = codePoint;
    else ranges.push([codePoint, codePoint]);
  }
  return ranges;
}

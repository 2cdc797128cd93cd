// Which characters the PDF can draw, from render-pdf's embedded fonts (the
// generated ranges). The validator cannot load the fonts themselves: it runs in
// the browser too, and must stay fast. The PDF renderer checks again per
// grapheme cluster with the fonts, and stays the judge: a cluster needs one
// font for all its code points, so a combining mark one font has after a letter
// only another has (a circumflex on a katakana) passes here and is refused there.
import type { Diagnostic } from "./diagnostic.js";
import { PDF_DRAWABLE_RANGES } from "./pdf-glyphs.generated.js";

export function isPdfDrawable(codePoint: number): boolean {
  // Every font draws printable ASCII: most text never reaches the search.
  if (codePoint >= 0x20 && codePoint < 0x7f) return true;
  let low = 0;
  let high = PDF_DRAWABLE_RANGES.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const first = PDF_DRAWABLE_RANGES[middle * 2] ?? 0;
    const last = PDF_DRAWABLE_RANGES[middle * 2 + 1] ?? 0;
    if (codePoint < first) high = middle - 1;
    else if (codePoint > last) low = middle + 1;
    else return true;
  }
  return false;
}

/** The code points of `text` the PDF cannot draw, each once, in text order. */
export function pdfUndrawable(text: string): number[] {
  const found: number[] = [];
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (!isPdfDrawable(codePoint) && !found.includes(codePoint)) found.push(codePoint);
  }
  return found;
}

/** The code of the warning about characters no PDF font draws (text-checks.ts). */
export const PDF_MISSING_GLYPHS = "PDF_MISSING_GLYPHS";

const MAX_FIELDS_SHOWN = 3;

/**
 * At most three fields' warnings about characters no PDF font draws, then one
 * that counts the rest: an engagement written in Korean would otherwise warn
 * once for every field, burying anything else.
 */
export function foldUndrawable(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const undrawable = diagnostics.filter((diagnostic) => diagnostic.code === PDF_MISSING_GLYPHS);
  const folded = undrawable.slice(MAX_FIELDS_SHOWN);
  if (folded.length === 0) return [...diagnostics];
  const last = undrawable[MAX_FIELDS_SHOWN - 1];
  const hidden = new Set(folded);
  return diagnostics.flatMap((diagnostic): Diagnostic[] => {
    if (hidden.has(diagnostic)) return [];
    if (diagnostic !== last) return [diagnostic];
    const more: Diagnostic = {
      severity: "warning",
      code: PDF_MISSING_GLYPHS,
      pointer: "",
      message: `${folded.length} more ${folded.length === 1 ? "field has" : "fields have"} characters no PDF font draws`,
    };
    return [diagnostic, more];
  });
}

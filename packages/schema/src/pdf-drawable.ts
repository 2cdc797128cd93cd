// Which characters the PDF can draw, from render-pdf's embedded fonts (the
// generated ranges). The validator cannot load the fonts themselves: it runs in
// the browser too, and must stay fast. The PDF renderer checks again per
// grapheme cluster with the fonts; this per-code-point answer finds what it
// would refuse before anything is built.
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

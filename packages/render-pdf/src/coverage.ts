// Glyph coverage: which texts of a document the embedded fonts cannot draw.
import type { DocumentModel } from "@clausework/model";
import type { GlyphGap } from "./errors.js";
import { isSpace, undrawable } from "./font-runs.js";
import { documentTexts } from "./text-sources.js";

export const missingGlyphsReason =
  "no embedded font (Inter, DejaVu Sans, Noto Sans JP) has these characters";
export const rightToLeftReason = "right-to-left text is not supported in PDF output yet";

// pdfmake lays text out left to right only: Hebrew or Arabic would print in the
// wrong visual order even where DejaVu Sans has the letters, so it is a gap too.
const rightToLeft =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;

/** "U+05D0" */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Code points of right-to-left scripts in the text, each once. */
export function rightToLeftCodePoints(text: string): number[] {
  const found: number[] = [];
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (!isSpace(character) && rightToLeft.test(character) && !found.includes(codePoint)) {
      found.push(codePoint);
    }
  }
  return found;
}

function gapsOf(text: string, where: string): GlyphGap[] {
  const gaps: GlyphGap[] = [];
  const rtl = rightToLeftCodePoints(text);
  if (rtl.length > 0) {
    gaps.push({ text, where, codePoints: rtl.map(codePointLabel), reason: rightToLeftReason });
  }
  const missing = undrawable(text).filter((codePoint) => !rtl.includes(codePoint));
  if (missing.length > 0) {
    gaps.push({
      text,
      where,
      codePoints: missing.map(codePointLabel),
      reason: missingGlyphsReason,
    });
  }
  return gaps;
}

/** Every text the PDF could not draw faithfully; empty when the document renders as written. */
export function checkGlyphCoverage(doc: DocumentModel): GlyphGap[] {
  return documentTexts(doc).flatMap(({ text, where }) => gapsOf(text, where));
}

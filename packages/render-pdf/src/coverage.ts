// Glyph coverage: which texts of a document the embedded fonts cannot draw.
// Right-to-left text is drawn (bidi-text.ts orders it), so only missing glyphs
// are gaps.
import type { DocumentModel } from "@clausework/model";
import type { GlyphGap } from "./errors.js";
import { undrawable } from "./font-runs.js";
import { documentTexts } from "./text-sources.js";

export const missingGlyphsReason =
  "no embedded font (Inter, DejaVu Sans, Noto Sans JP) has these characters";

/** "U+05D0" */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

function gapsOf(text: string, where: string): GlyphGap[] {
  const missing = undrawable(text);
  if (missing.length === 0) return [];
  return [{ text, where, codePoints: missing.map(codePointLabel), reason: missingGlyphsReason }];
}

/** Every text the PDF could not draw faithfully; empty when the document renders as written. */
export function checkGlyphCoverage(doc: DocumentModel): GlyphGap[] {
  return documentTexts(doc).flatMap(({ text, where }) => gapsOf(text, where));
}

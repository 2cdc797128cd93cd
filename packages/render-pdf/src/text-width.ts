// Widths of text as pdfkit will lay it out: one fontkit run per piece of text
// (bidi-text.ts gives pieces font features, so pdfkit shapes each piece whole).
import { face, type FaceStyle, type FamilyName } from "./fonts.js";

export type FontChoice = {
  readonly family: FamilyName;
  readonly bold: boolean;
  readonly italics: boolean;
  readonly fontSize: number;
};

function faceStyle(choice: FontChoice): FaceStyle {
  if (choice.bold) return choice.italics ? "bolditalics" : "bold";
  return choice.italics ? "italics" : "normal";
}

// Advances in ems by face and text: line breaking measures the same words
// again and again, and shaping (GSUB, GPOS) is what costs.
const known = new Map<string, number>();

/** Advance width in points of `text` shaped as one run. */
export function textWidth(text: string, choice: FontChoice): number {
  if (text === "") return 0;
  const style = faceStyle(choice);
  const key = `${choice.family}|${style}|${text}`;
  let ems = known.get(key);
  if (ems === undefined) {
    const { font } = face(choice.family, style);
    ems = font.layout(text, []).advanceWidth / font.unitsPerEm;
    // Bounded: words come from user text, and a long-lived process renders many.
    if (known.size > 20_000) known.clear();
    known.set(key, ems);
  }
  return ems * choice.fontSize;
}

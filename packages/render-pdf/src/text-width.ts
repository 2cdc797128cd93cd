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

/** Advance width in points of `text` shaped as one run. */
export function textWidth(text: string, choice: FontChoice): number {
  if (text === "") return 0;
  const { font } = face(choice.family, faceStyle(choice));
  const run = font.layout(text, []);
  return (run.advanceWidth / font.unitsPerEm) * choice.fontSize;
}

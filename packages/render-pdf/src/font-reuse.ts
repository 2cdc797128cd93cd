// Speed: pdfmake makes pdfkit parse every font file again for every document,
// and pdfkit shapes every word again (GSUB/GPOS lookups dominate a render). Here
// each new pdfkit font of ours is handed the fontkit font parsed once per process
// and a word-layout cache shared across documents. Output bytes do not change:
// the same font shapes the same words the same way; only the work is skipped.
//
// pdfmake offers no hook for this, so its PDFDocument.provideFont is wrapped.
// The wrapper only touches fonts whose file is one of ours, and checks the shape
// of what it touches; if pdfmake or pdfkit change, it steps aside (slower, same PDF).
import { createRequire } from "node:module";
import type { Font } from "fontkit";
import { loadedFaces } from "./fonts.js";

type WordLayouts = Record<string, unknown>;
type PdfkitFont = { font: Font; subset: unknown; layoutCache?: WordLayouts };
type ProvideFont = (
  this: PdfmakeDocument,
  family: string,
  bold: boolean,
  italics: boolean,
) => unknown;
type PdfmakeDocument = {
  fonts?: Record<string, Record<string, unknown> | undefined>;
  fontCache?: Record<string, Record<string, unknown> | undefined>;
  getFontType(bold: boolean, italics: boolean): string;
};

/** Words laid out per face before the cache starts over, so a long-lived process stays bounded. */
// About 2 KB a word: 8 faces × 8,000 words keeps a long-lived process near 130 MB at most.
const maxCachedWords = 8_000;

type SharedFace = { font: Font; layouts: WordLayouts; size: () => number };

let shared: Map<string, SharedFace> | undefined;
let installed = false;

function sharedFaces(): Map<string, SharedFace> {
  shared ??= new Map(
    loadedFaces().map((face) => {
      const entry: SharedFace = {
        font: face.font,
        layouts: Object.create(null) as WordLayouts,
        size: () => Object.keys(entry.layouts).length,
      };
      return [face.fileName, entry] as const;
    }),
  );
  return shared;
}

function isPdfkitFont(value: unknown): value is PdfkitFont {
  return typeof value === "object" && value !== null && "font" in value && "subset" in value;
}

function adopt(font: PdfkitFont, face: SharedFace): void {
  if (font.font.postscriptName !== face.font.postscriptName || font.layoutCache === undefined)
    return;
  if (face.size() > maxCachedWords) face.layouts = Object.create(null) as WordLayouts;
  font.font = face.font;
  font.subset = face.font.createSubset();
  font.layoutCache = face.layouts;
}

function wrap(original: ProvideFont): ProvideFont {
  return function provideFont(this: PdfmakeDocument, family, bold, italics) {
    const type = this.getFontType(bold, italics);
    const isNew = this.fontCache?.[family]?.[type] === undefined;
    const font = original.call(this, family, bold, italics);
    const file = this.fonts?.[family]?.[type];
    const face = isNew && typeof file === "string" ? sharedFaces().get(file) : undefined;
    if (face !== undefined && isPdfkitFont(font)) adopt(font, face);
    return font;
  };
}

/** Installs the wrapper once per process. */
export function reuseParsedFonts(): void {
  if (installed) return;
  installed = true;
  const required: unknown = createRequire(import.meta.url)("pdfmake/js/PDFDocument.js");
  const documentClass: unknown = Reflect.get(Object(required), "default");
  const prototype: unknown =
    typeof documentClass === "function" ? documentClass.prototype : undefined;
  const original: unknown = Reflect.get(Object(prototype), "provideFont");
  if (typeof original !== "function" || typeof prototype !== "object" || prototype === null) return;
  Reflect.set(prototype, "provideFont", wrap(original as ProvideFont));
}

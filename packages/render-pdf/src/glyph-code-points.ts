// fontkit keeps one glyph object per glyph id for the life of a font, holding
// the code points of whichever call first asked for it. render-pdf parses each
// font once per process and shares it across documents (fonts.ts), so that first
// call could belong to another document, or to no text at all: when pdfkit embeds
// a font subset, fontkit looks up the parts of composite glyphs without code
// points. pdfkit copies a glyph's code points into the PDF's ToUnicode map, so
// the same document came out with other bytes after other documents, and an
// apostrophe drawn after such a subset copied out of the PDF as nothing.
//
// Here every lookup gets the code points it asked for, as from a fresh font;
// the glyph's outline and metrics still come from the one cached object.
import type * as fontkit from "fontkit";

type Glyph = fontkit.Glyph & { codePoints: number[]; isMark?: boolean; isLigature?: boolean };
type GetGlyph = (id: number, codePoints?: number[]) => Glyph | null;

const wrapped = new WeakSet<object>();
const mark = /^\p{M}$/u;

function isMark(codePoint: number): boolean {
  return mark.test(String.fromCodePoint(codePoint));
}

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((codePoint, index) => codePoint === b[index]);
}

/** A view of the cached glyph that carries these code points instead. */
function withCodePoints(glyph: Glyph, codePoints: number[]): Glyph {
  const view = Object.create(glyph) as Glyph;
  // fontkit derives these two from the code points when it builds a glyph.
  view.codePoints = codePoints;
  view.isMark = codePoints.length > 0 && codePoints.every(isMark);
  view.isLigature = codePoints.length > 1;
  return view;
}

/** Makes the font's getGlyph answer with each caller's own code points. */
export function glyphsCarryCallersCodePoints(font: fontkit.Font): void {
  if (wrapped.has(font)) return;
  const original: unknown = Reflect.get(font, "getGlyph");
  if (typeof original !== "function") return;
  const getGlyph = original as GetGlyph;
  wrapped.add(font);
  Reflect.set(
    font,
    "getGlyph",
    function (this: fontkit.Font, id: number, codePoints: number[] = []) {
      const glyph = getGlyph.call(this, id, codePoints);
      if (glyph === null || sameCodePoints(glyph.codePoints, codePoints)) return glyph;
      return withCodePoints(glyph, codePoints);
    },
  );
}

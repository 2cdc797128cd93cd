// An upper bound on the lines a text takes at a width, from the embedded fonts'
// glyph advances, without laying it out. Used to decide what may be kept on
// one page: pdfmake keeps only the first page of an unbreakable block (a table
// row with dontBreakRows, an unbreakable stack) and drops the rest silently.
import { families, loadedFaces, mainFamily, type FamilyName } from "./fonts.js";
import { familyFor, isSpace } from "./font-runs.js";

/** Kerning and rounding can widen a text a little; bounds take this much more. */
const MARGIN = 1.05;

let advances: Map<FamilyName, readonly { unitsPerEm: number; advance: (cp: number) => number }[]>;

/** Advance of a code point in ems, the widest of the family's four faces. */
const cache = new Map<number, number>();

function emAdvance(character: string): number {
  const codePoint = character.codePointAt(0) ?? 0;
  const known = cache.get(codePoint);
  if (known !== undefined) return known;
  advances ??= new Map(
    families.map((family) => [
      family,
      loadedFaces()
        .filter((face) => face.family === family)
        .map(({ font }) => ({
          unitsPerEm: font.unitsPerEm,
          advance: (cp: number) => font.glyphForCodePoint(cp).advanceWidth,
        })),
    ]),
  );
  const family = (isSpace(character) ? mainFamily : familyFor(character)) ?? mainFamily;
  const faces = advances.get(family) ?? [];
  const widest = Math.max(0, ...faces.map((face) => face.advance(codePoint) / face.unitsPerEm));
  // Bounded: code points come from user text, and a long-lived process renders many.
  if (cache.size > 20_000) cache.clear();
  cache.set(codePoint, widest);
  return widest;
}

/** Total and widest single advance of a line of text, in points at `fontSize`. */
function measure(text: string, fontSize: number): { total: number; widest: number } {
  let total = 0;
  let widest = 0;
  for (const character of text) {
    const advance = emAdvance(character) * fontSize * MARGIN;
    total += advance;
    widest = Math.max(widest, advance);
  }
  return { total, widest };
}

/**
 * At most how many lines `text` takes in `width` points at `fontSize`. A greedy
 * line breaker ends a line only when the next piece does not fit, or fills it up
 * to one glyph when it wraps inside a word; so any two consecutive lines hold
 * more than the width less one glyph, whatever the words are.
 */
export function lineBound(text: string, width: number, fontSize: number): number {
  return text.split("\n").reduce((lines, line) => {
    const { total, widest } = measure(line, fontSize);
    const room = width - widest;
    // Narrower than a glyph: one character per line at worst.
    if (room <= 0) return lines + Math.max(1, [...line].length);
    return lines + Math.floor((2 * total) / room) + 1;
  }, 0);
}

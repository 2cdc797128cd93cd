// Which embedded family draws which part of a text. pdfmake has no per-glyph
// fallback (it silently drops glyphs a font lacks), so text is cut into runs:
// Inter where Inter has every glyph of a character, DejaVu Sans where only it does.
import { isBidiControl } from "./bidi-order.js";
import { families, loadedFaces, mainFamily } from "./fonts.js";
import type { FamilyName } from "./fonts.js";

export type FontRun = { readonly text: string; readonly family: FamilyName };

/** Per family, whether all its faces draw a code point: asked per character, not per font. */
const covered = new Map<FamilyName, Map<number, boolean>>();

/**
 * Whether every face (regular, bold, italic, bold italic) of a family can draw
 * a code point. Each answer is a lookup in the faces' character maps, kept per
 * family; a text Inter draws whole never looks into the other families. (The
 * whole character set of a face was built once per family before: 100 ms of a
 * cold build for Inter alone, and the CJK family's has tens of thousands.)
 */
function draws(family: FamilyName, codePoint: number): boolean {
  let known = covered.get(family);
  if (known === undefined) covered.set(family, (known = new Map()));
  let answer = known.get(codePoint);
  if (answer === undefined) {
    // Faces that share a file (the CJK family has no italics) look alike twice; that is cheap.
    answer = loadedFaces().every(
      (face) => face.family !== family || face.font.hasGlyphForCodePoint(codePoint),
    );
    known.set(codePoint, answer);
  }
  return answer;
}

const whitespace = /^\s+$/u;

/**
 * Spaces and line breaks are never gaps (every face lays them out as advance
 * only), and neither are bidi controls, which are never drawn.
 */
export function isSpace(character: string): boolean {
  return whitespace.test(character) || isBidiControl(character);
}

function drawsAll(family: FamilyName, cluster: string): boolean {
  for (const character of cluster) {
    if (!isSpace(character) && !draws(family, character.codePointAt(0) ?? -1)) return false;
  }
  return true;
}

/** The family that draws a whole user-perceived character, or undefined if none can. */
export function familyFor(cluster: string): FamilyName | undefined {
  return families.find((family) => drawsAll(family, cluster));
}

const graphemes = new Intl.Segmenter("und", { granularity: "grapheme" });

function codePointsOf(text: string): number[] {
  return [...text].filter((character) => !isSpace(character)).map((c) => c.codePointAt(0) ?? 0);
}

/**
 * Code points no family can draw (spaces excluded), each once. A character whose
 * parts only exist in different families (a base in one, its accent in the
 * other) is undrawable as a whole, so all its code points are listed.
 */
export function undrawable(text: string): number[] {
  if (drawsAll(mainFamily, text)) return [];
  const missing = new Set<number>();
  for (const { segment } of graphemes.segment(text)) {
    if (familyFor(segment) !== undefined) continue;
    const codePoints = codePointsOf(segment);
    const inNoFamily = codePoints.filter((cp) => !families.some((f) => draws(f, cp)));
    for (const codePoint of inNoFamily.length > 0 ? inNoFamily : codePoints) missing.add(codePoint);
  }
  return [...missing];
}

/**
 * Runs of one family each, in text order. A cluster no family draws stays in the
 * main family: the coverage check reports it, and renderPdf refuses such text.
 */
export function fontRuns(text: string): FontRun[] {
  if (drawsAll(mainFamily, text)) return [{ text, family: mainFamily }];
  const runs: { text: string; family: FamilyName }[] = [];
  for (const { segment } of graphemes.segment(text)) {
    const last = runs.at(-1);
    // Spaces join the run they follow, so a fallback word keeps its trailing space.
    const family = isSpace(segment) ? (last?.family ?? mainFamily) : familyFor(segment);
    const chosen = family ?? mainFamily;
    if (last !== undefined && last.family === chosen) last.text += segment;
    else runs.push({ text: segment, family: chosen });
  }
  return runs;
}

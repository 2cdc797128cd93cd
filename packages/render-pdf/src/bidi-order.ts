// Direction and visual order of mixed left-to-right and right-to-left text, by
// the Unicode Bidirectional Algorithm (bidi-js resolves the embedding levels and
// reverses per line, rules L1 and L2). The PDF has no reading order of its own:
// what is drawn left to right is what the reader sees.
import * as bidiModule from "bidi-js";
import type { Bidi, EmbeddingLevels } from "bidi-js";

// bidi-js is a CommonJS module whose export is the factory: Node hands it over as
// the default import, bundlers read its ES build, where the factory is `default`.
function createBidi(): Bidi {
  const candidates: unknown[] = [bidiModule, Reflect.get(bidiModule, "default")];
  const factory = candidates.find((candidate) => typeof candidate === "function");
  if (typeof factory !== "function") throw new Error("render-pdf: bidi-js has no factory");
  return (factory as () => Bidi)();
}

const bidi = createBidi();

const rtlScripts = String.raw`\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}`;
// Marks, embeddings, overrides and isolates: they steer the algorithm and are
// never drawn (the embedded fonts have no glyphs for most of them).
const controls = String.raw`\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069`;

const rtlLetter = new RegExp(`[${rtlScripts}]`, "u");
// The blocks where right-to-left scripts live, as plain ranges: testing every
// text of every document must be cheap (script properties are several times
// slower). A false hit only costs ordering text that stays as it was.
const needsOrdering = new RegExp(
  String.raw`[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u{10800}-\u{10fff}\u{1e800}-\u{1efff}${controls}]`,
  "u",
);
export const bidiControls = new RegExp(`[${controls}]`, "gu");
const onlyControls = new RegExp(`^[${controls}]+$`, "u");

/** Whether the text is nothing but bidi controls (never drawn, so never a missing glyph). */
export function isBidiControl(text: string): boolean {
  return onlyControls.test(text);
}

/** Whether the text has right-to-left letters or bidi controls, so it needs ordering. */
export function hasBidiText(text: string): boolean {
  return needsOrdering.test(text);
}

/** The character at a UTF-16 index (the whole code point, also from its low surrogate). */
function characterAt(text: string, index: number): string {
  const unit = text.charCodeAt(index);
  const start = unit >= 0xdc00 && unit <= 0xdfff && index > 0 ? index - 1 : index;
  return String.fromCodePoint(text.codePointAt(start) ?? unit);
}

/** Whether a character belongs to a right-to-left script (fontkit then lays it out reversed). */
export function isRightToLeftScript(text: string, index: number): boolean {
  return rtlLetter.test(characterAt(text, index));
}

const neutralScript = /[\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;

/** Common and inherited characters (spaces, digits, punctuation, marks) take no script side. */
export function isScriptNeutral(text: string, index: number): boolean {
  return neutralScript.test(characterAt(text, index));
}

export type Ordering = { readonly text: string; readonly levels: EmbeddingLevels };

/** Embedding levels of the whole text, in a paragraph of the given base direction. */
export function embeddingLevels(text: string, rightToLeft: boolean): Ordering {
  return { text, levels: bidi.getEmbeddingLevels(text, rightToLeft ? "rtl" : "ltr") };
}

/** Whether the character at `index` is laid out right to left (an odd level). */
export function isReversed(ordering: Ordering, index: number): boolean {
  return ((ordering.levels.levels[index] ?? 0) & 1) === 1;
}

/** The mirror image of a bracket or other mirrored character, if it has one. */
export function mirrored(character: string): string | null {
  return bidi.getMirroredCharacter(character);
}

/** UTF-16 indices of the line [start, end) in the order they are seen, left to right. */
export function visualOrder(ordering: Ordering, start: number, end: number): number[] {
  const indices = Array.from({ length: end - start }, (_, offset) => start + offset);
  if (end - start < 2) return indices;
  for (const [from = 0, to = 0] of bidi.getReorderSegments(
    ordering.text,
    ordering.levels,
    start,
    end - 1,
  )) {
    const reversed = indices.slice(from - start, to - start + 1).reverse();
    indices.splice(from - start, reversed.length, ...reversed);
  }
  return indices;
}

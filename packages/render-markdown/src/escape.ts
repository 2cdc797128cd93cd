// The one escaping function for user text in Markdown. Characters that are syntax
// anywhere get a backslash; markers that only count at the start of a line are
// escaped there; whitespace that Markdown would strip at a line's ends, and letters
// that would stop a neighbouring `*` from opening or closing, become character
// references. The result parses back to exactly the input text.
import { characterKind, characterReference } from "./characters.js";

export type TextEdges = {
  /** The text starts a line (or a table cell): block markers and leading space count. */
  readonly lineStart: boolean;
  /** The text ends a line (or a cell): trailing space would be stripped. */
  readonly lineEnd: boolean;
  /** A delimiter run touches the first character: a letter there must be encoded. */
  readonly encodeFirst: boolean;
  /** A delimiter run touches the last character: a letter there must be encoded. */
  readonly encodeLast: boolean;
};

export const midLine: TextEdges = {
  lineStart: false,
  lineEnd: false,
  encodeFirst: false,
  encodeLast: false,
};

/** Syntax anywhere in a line: code, emphasis, links, HTML, tables, strikethrough, headings. */
const alwaysEscaped = new Set(["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "#"]);
/** Markers that only count at the start of a line: lists, setext underlines, GFM table rules (`:-`). */
const lineStartEscaped = new Set(["-", "+", "=", ":"]);

function escapeCharacter(characters: readonly string[], index: number): string {
  const character = characters[index] ?? "";
  const next = characters[index + 1];
  if (alwaysEscaped.has(character)) return `\\${character}`;
  // `&amp;` typed by a user must not decode; a lone `&` is harmless.
  if (character === "&" && next !== undefined && /[\p{L}\p{N}#]/u.test(next)) return "\\&";
  // `!` right before a link of ours would turn the link into an image.
  if (character === "!" && next === undefined) return "\\!";
  return character;
}

/** Index of the character that can start a block marker: "1." → the dot, "- " → the dash. */
function lineStartMarker(characters: readonly string[]): number | undefined {
  const first = characters[0];
  if (first !== undefined && lineStartEscaped.has(first)) return 0;
  const digits = characters.findIndex((character) => !/[0-9]/.test(character));
  const after = characters[digits];
  if (digits >= 1 && digits <= 9 && (after === "." || after === ")")) return digits;
  return undefined;
}

export function escapeText(value: string, edges: TextEdges): string {
  const characters = [...value];
  const out = characters.map((_, index) => escapeCharacter(characters, index));
  const last = characters.length - 1;
  const isSpace = (index: number): boolean => characterKind(characters[index]) === "whitespace";
  if (edges.lineStart) {
    let index = 0;
    for (; index <= last && isSpace(index); index += 1)
      out[index] = characterReference(characters[index] ?? " ");
    const marker = index === 0 ? lineStartMarker(characters) : undefined;
    if (marker !== undefined) out[marker] = `\\${characters[marker] ?? ""}`;
  }
  if (edges.lineEnd) {
    for (let index = last; index >= 0 && isSpace(index); index -= 1)
      out[index] = characterReference(characters[index] ?? " ");
  }
  if (edges.encodeFirst && characterKind(characters[0]) === "other")
    out[0] = characterReference(characters[0] ?? "");
  if (edges.encodeLast && characterKind(characters[last]) === "other")
    out[last] = characterReference(characters[last] ?? "");
  return out.join("");
}

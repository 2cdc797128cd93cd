// The base direction of a paragraph, table cell or heading, the same in every
// format. Documents are written in English and only some values (a client's
// name, a deliverable's title) may be Hebrew or Arabic. The Unicode
// Bidirectional Algorithm's default (rule P2: the first strong character
// decides) would turn a cell that starts with a Hebrew name and goes on with an
// English address and a phone number into a right-to-left paragraph: aligned
// right, "+1 213 555 0163" shown as "0163 555 213 1+". So, as a higher-level
// protocol (UBA rule HL1), a paragraph reads right to left only when it has
// right-to-left letters and no left-to-right letter at all; right-to-left runs
// in a left-to-right paragraph are still reordered within their line.
import { plainText } from "./builders.js";
import type { ListItem } from "./nodes.js";

/**
 * The right-to-left scripts, as the body of a regular expression character
 * class (use it with the `u` flag). Scripts newer than Unicode 14 are left out:
 * an engine that does not know a script name refuses the whole expression.
 */
export const rightToLeftScripts = [
  "Hebrew",
  "Arabic",
  "Syriac",
  "Thaana",
  "Nko",
  "Samaritan",
  "Mandaic",
  "Adlam",
  "Hanifi_Rohingya",
  "Yezidi",
  "Mende_Kikakui",
  "Imperial_Aramaic",
  "Phoenician",
  "Kharoshthi",
  "Old_South_Arabian",
  "Old_North_Arabian",
  "Avestan",
  "Inscriptional_Parthian",
  "Inscriptional_Pahlavi",
  "Psalter_Pahlavi",
  "Old_Turkic",
  "Old_Hungarian",
  "Cypriot",
  "Lydian",
  "Meroitic_Cursive",
  "Meroitic_Hieroglyphs",
  "Nabataean",
  "Palmyrene",
  "Hatran",
  "Manichaean",
  "Old_Sogdian",
  "Sogdian",
  "Elymaic",
  "Chorasmian",
  "Old_Uyghur",
]
  .map((script) => String.raw`\p{Script=${script}}`)
  .join("");

// Letters only: digits (Arabic-Indic ones too), punctuation and marks decide
// nothing, as in the algorithm. The right-to-left and left-to-right marks
// (and the Arabic letter mark) are strong too, so a writer can force either.
const rightToLeftStrong = new RegExp(`(?=\\p{L})[${rightToLeftScripts}]|[\\u200f\\u061c]`, "u");
const leftToRightStrong = new RegExp(`(?![${rightToLeftScripts}])\\p{L}|\\u200e`, "u");

/**
 * Whether a paragraph of this text reads right to left: it has a right-to-left
 * letter and no left-to-right one. Line breaks count as part of the paragraph,
 * so a cell with a Hebrew name over an English address stays left to right.
 */
export function isRightToLeftParagraph(text: string): boolean {
  return rightToLeftStrong.test(text) && !leftToRightStrong.test(text);
}

export type Direction = "ltr" | "rtl";

/** The base direction of a paragraph of this text (see isRightToLeftParagraph). */
export const paragraphDirection = (text: string): Direction =>
  isRightToLeftParagraph(text) ? "rtl" : "ltr";

/**
 * Whether a list item reads right to left, its marker on the right: it is one
 * paragraph, and that paragraph reads right to left. An item of several blocks
 * keeps the list's direction.
 */
export function isRightToLeftListItem(item: ListItem): boolean {
  const [only] = item.children;
  return (
    item.children.length === 1 &&
    only?.type === "paragraph" &&
    isRightToLeftParagraph(plainText(only.children))
  );
}

// Directional isolates (UBA rules X5a–X5c, X6a): a user value set into English
// text is set apart from the words around it, so neither reorders the other.
// Without one, "<Arabic title>: 5 pages" shows ": 5" inside the Arabic run, to
// its left, since a number after Arabic letters reads as Arabic. The value's
// own direction is the paragraph rule above, applied to the value alone.
const LEFT_TO_RIGHT_ISOLATE = "\u2066";
const RIGHT_TO_LEFT_ISOLATE = "\u2067";
const POP_DIRECTIONAL_ISOLATE = "\u2069";

// Most values are ASCII: one cheap test before the script properties.
const beyondLatin = /[\u0590-\u{1efff}]/u;

/**
 * One line of a value, isolated when it has right-to-left letters (a value
 * without them cannot reorder its surroundings, and stays as it is). The
 * isolate reads right to left when the value would as a paragraph: when it
 * has no left-to-right letter.
 */
export function isolate(line: string): string {
  if (!beyondLatin.test(line) || !rightToLeftStrong.test(line)) return line;
  const start = leftToRightStrong.test(line) ? LEFT_TO_RIGHT_ISOLATE : RIGHT_TO_LEFT_ISOLATE;
  return `${start}${line}${POP_DIRECTIONAL_ISOLATE}`;
}

/** A piece of text, and the direction of the isolate it is in, if any. */
export type IsolatedRun = { readonly text: string; readonly isolate?: Direction };

// An initiator, its text and its matching pop. Values never hold these
// characters (validation refuses them), so only pairs made by `isolate` match;
// any other such character is left in the text as it is.
const isolatePair = /([\u2066\u2067])([^\u2066-\u2069]*)\u2069/gu;

/** The text split at its isolates, for formats that mark them up (HTML's <bdi>). */
export function isolatedRuns(text: string): IsolatedRun[] {
  const runs: IsolatedRun[] = [];
  let last = 0;
  for (const match of text.matchAll(isolatePair)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index) });
    const direction = match[1] === RIGHT_TO_LEFT_ISOLATE ? "rtl" : "ltr";
    runs.push({ text: match[2] ?? "", isolate: direction });
    last = match.index + match[0].length;
  }
  if (last < text.length || runs.length === 0) runs.push({ text: text.slice(last) });
  return runs;
}

const isolateControls = /[\u2066-\u2069]/gu;

/** The text with each isolate control replaced, for formats that cannot keep them (DOCX). */
export const replaceIsolates = (text: string, replacement: string): string =>
  text.replace(isolateControls, replacement);

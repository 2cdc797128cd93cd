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

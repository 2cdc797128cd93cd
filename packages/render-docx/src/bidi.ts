// Just enough of the bidirectional algorithm for Word: runs of Hebrew or Arabic
// script are marked right-to-left, and a paragraph whose first strong character
// is right-to-left is a right-to-left paragraph.

const rtlScripts = String.raw`\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}`;
const rtlLetter = new RegExp(`[${rtlScripts}]`, "u");
const strongLetter = /\p{L}/u;

// A right-to-left segment starts and ends on a right-to-left letter and may hold
// spaces, punctuation, digits and marks between them, so "שלום, עולם" stays one run.
const rtlSegment = new RegExp(
  String.raw`[${rtlScripts}](?:[${rtlScripts}\p{Zs}\p{P}\p{N}\p{M}]*[${rtlScripts}])?`,
  "gu",
);

export type DirectionSegment = { readonly text: string; readonly rightToLeft: boolean };

/** Splits text into left-to-right and right-to-left segments, in order. */
export function directionSegments(text: string): DirectionSegment[] {
  const segments: DirectionSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(rtlSegment)) {
    if (match.index > last) {
      segments.push({ text: text.slice(last, match.index), rightToLeft: false });
    }
    segments.push({ text: match[0], rightToLeft: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), rightToLeft: false });
  return segments;
}

/** Whether the first strong (letter) character of `text` is right-to-left. */
export function startsRightToLeft(text: string): boolean {
  for (const character of text) {
    if (strongLetter.test(character)) return rtlLetter.test(character);
  }
  return false;
}

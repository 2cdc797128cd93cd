// Just enough of the bidirectional algorithm for Word: runs of right-to-left
// script are marked right-to-left. Which paragraphs are right-to-left is the
// model's rule (isRightToLeftParagraph), shared with the other formats.
import { rightToLeftScripts as rtlScripts } from "@clausework/model";

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
  // exec on the one expression: matchAll copies it for every text, and
  // constructing this large Unicode expression was 1 % of a packet's time.
  rtlSegment.lastIndex = 0;
  for (let match = rtlSegment.exec(text); match !== null; match = rtlSegment.exec(text)) {
    if (match.index > last) {
      segments.push({ text: text.slice(last, match.index), rightToLeft: false });
    }
    segments.push({ text: match[0], rightToLeft: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), rightToLeft: false });
  return segments;
}

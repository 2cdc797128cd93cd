// Break opportunities in very long unbroken words, for the PDF only.
//
// pdfmake lays out a word wider than the line by binary-searching how much of
// it fits and measuring the rest again, line after line: time grows with the
// square of the word's length (a 10,000-character word took 20 to 60 s, see
// bench/long-words.bench.ts). A zero-width space (U+200B) is a break
// opportunity for the line breaker and draws nothing (both embedded families
// map it to an empty glyph with no advance), so a long word cut into short
// pieces by zero-width spaces lays out in linear time and prints the same.
// The document model and the other formats never see them.
//
// Which spaces count: pdfmake's line breaker (Unicode line breaking, UAX #14)
// does not break at every space ("( ( ( (" has no break at all), and never at
// a no-break space. So a word here runs until a break that is certain: a
// zero-width space, a line feed, or spaces between two letters or digits.
// Anything longer than LONGEST_WORD characters (grapheme clusters) gets a
// zero-width space after every PIECE of them; words of ordinary text, e-mail addresses and most web
// addresses are far shorter and stay untouched.

/** Longest run, in grapheme clusters, left to pdfmake's own hard wrap (cheap at this size). */
export const LONGEST_WORD = 200;
/** Clusters between inserted break opportunities: a line ends at most this much short. */
export const PIECE = 8;

export const ZERO_WIDTH_SPACE = "\u200b";

// A character that belongs to the one before it (accents and other marks,
// variation selectors, skin-tone modifiers, what follows a zero-width joiner),
// so no break goes between them. Intl.Segmenter knows clusters exactly but
// takes seconds over 100,000 characters; these rules cover every script the
// embedded fonts draw (the others are refused before layout).
const joinsPrevious = /^[\p{M}\p{Emoji_Modifier}\u200d]$/u;
const regionalIndicator = /^[\u{1F1E6}-\u{1F1FF}]$/u;

function startsCluster(previous: string, current: string): boolean {
  if (joinsPrevious.test(current) || previous === "\u200d") return false;
  return !(regionalIndicator.test(previous) && regionalIndicator.test(current));
}

// A certain break, kept as its own part by split(): ZWSP, line feed, or spaces
// with a letter, mark or digit before and a letter or digit after.
const certainBreak = /(\u200b|\n|(?<=[\p{L}\p{M}\p{N}]) +(?=[\p{L}\p{N}]))/u;

/** UTF-16 offsets in `word` where a cluster starts, the first one left out. */
function clusterStarts(word: string): number[] {
  const starts: number[] = [];
  let previous = "";
  let offset = 0;
  for (const character of word) {
    if (previous !== "" && startsCluster(previous, character)) starts.push(offset);
    previous = character;
    offset += character.length;
  }
  return starts;
}

/** Offsets inside `word` after which a piece ends: every PIECE clusters. */
function pieceEnds(word: string): number[] {
  return clusterStarts(word).filter((_, index) => (index + 1) % PIECE === 0);
}

/**
 * Where zero-width spaces go (UTF-16 offsets into `text`, ascending): every
 * PIECE clusters inside each word longer than LONGEST_WORD clusters, and
 * inside each word cut into more than PIECE pieces of text (`leafStarts`, the
 * offsets where pdfmake text pieces begin). pdfmake keeps such a chain on one
 * line and cannot wrap a one-character piece, so the chain would run past the
 * margin whatever its length.
 */
export function breakOffsets(text: string, leafStarts: readonly number[] = []): number[] {
  // A cluster is at least one UTF-16 unit, so short text needs no look.
  if (text.length <= LONGEST_WORD && leafStarts.length <= PIECE) return [];
  const offsets: number[] = [];
  let start = 0;
  let nextLeaf = 0;
  text.split(certainBreak).forEach((part, index) => {
    const end = start + part.length;
    // Leaf starts are ascending: count those inside this part with one pointer.
    while (nextLeaf < leafStarts.length && (leafStarts[nextLeaf] ?? 0) <= start) nextLeaf += 1;
    let leavesInside = 0;
    while (nextLeaf < leafStarts.length && (leafStarts[nextLeaf] ?? 0) < end) {
      leavesInside += 1;
      nextLeaf += 1;
    }
    const overlong =
      index % 2 === 0 &&
      (leavesInside > PIECE ||
        (part.length > LONGEST_WORD && clusterStarts(part).length >= LONGEST_WORD));
    if (overlong) for (const pieceEnd of pieceEnds(part)) offsets.push(start + pieceEnd);
    start = end;
  });
  return offsets;
}

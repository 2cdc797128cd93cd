// Line breaking for text that is reordered for direction. The bidirectional
// algorithm reorders each line on its own, after line breaking, so such text
// cannot be left to pdfmake's line breaker (it would wrap the reordered text):
// lines are chosen here, in logical order, at spaces and zero-width spaces, and
// pdfmake gets lines that fit. A word wider than a line is cut between
// characters, as pdfmake cuts it.

/** A line as UTF-16 offsets [start, end) into the text; spaces at a wrap are left out. */
export type LineRange = { readonly start: number; readonly end: number };

/** Width in points of text[start, end). */
export type MeasureRange = (start: number, end: number) => number;

// A word with the spaces before it: breaks fall after spaces and zero-width spaces.
const words = /([ \u200b]*)([^ \u200b]+)/gu;
const graphemes = new Intl.Segmenter("und", { granularity: "grapheme" });

/** Pieces of a too-wide word that each fit (one character at least), by summed character widths. */
function cutWord(text: string, start: number, end: number, measure: MeasureRange, max: number) {
  const pieces: LineRange[] = [];
  let pieceStart = start;
  let width = 0;
  for (const { index, segment } of graphemes.segment(text.slice(start, end))) {
    const from = start + index;
    const advance = measure(from, from + segment.length);
    if (width + advance > max && from > pieceStart) {
      pieces.push({ start: pieceStart, end: from });
      pieceStart = from;
      width = 0;
    }
    width += advance;
  }
  pieces.push({ start: pieceStart, end });
  return { pieces, lastWidth: width };
}

function breakHardLine(
  text: string,
  start: number,
  end: number,
  measure: MeasureRange,
  max: number,
): LineRange[] {
  const lines: LineRange[] = [];
  let line: { start: number; end: number; width: number } | undefined;
  for (const match of text.slice(start, end).matchAll(words)) {
    const spaceStart = start + match.index;
    const wordStart = spaceStart + (match[1] ?? "").length;
    const wordEnd = wordStart + (match[2] ?? "").length;
    const wordWidth = measure(wordStart, wordEnd);
    if (line !== undefined) {
      const width = line.width + measure(line.end, wordStart) + wordWidth;
      if (width <= max) {
        line = { ...line, end: wordEnd, width };
        continue;
      }
      // The spaces where the line wraps are dropped.
      lines.push({ start: line.start, end: line.end });
    }
    // A line's first word: only the text's own leading spaces stay before it.
    const from = line === undefined ? spaceStart : wordStart;
    const width = measure(from, wordStart) + wordWidth;
    if (width <= max) {
      line = { start: from, end: wordEnd, width };
      continue;
    }
    const { pieces, lastWidth } = cutWord(text, wordStart, wordEnd, measure, max);
    const last = pieces.pop() ?? { start: wordStart, end: wordEnd };
    lines.push(...pieces);
    line = { ...last, width: lastWidth };
  }
  lines.push(line === undefined ? { start, end: start } : { start: line.start, end: line.end });
  return lines;
}

/** Lines of at most `max` points, in logical order; line feeds always end a line. */
export function breakLines(text: string, measure: MeasureRange, max: number): LineRange[] {
  const lines: LineRange[] = [];
  let start = 0;
  for (const hardLine of text.split("\n")) {
    lines.push(...breakHardLine(text, start, start + hardLine.length, measure, max));
    start += hardLine.length + 1;
  }
  return lines;
}

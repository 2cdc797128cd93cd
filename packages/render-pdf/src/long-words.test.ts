import { describe, expect, it } from "vitest";
import { breakOffsets, LONGEST_WORD, PIECE } from "./long-words.js";

const every = (step: number, last: number) =>
  Array.from({ length: Math.floor(last / step) }, (_, index) => (index + 1) * step);

describe("breakOffsets", () => {
  it("leaves ordinary text alone, however long", () => {
    const prose = "Deliverables are due on the dates in the schedule. ".repeat(400);
    expect(breakOffsets(prose)).toEqual([]);
    expect(breakOffsets(`see https://example.com/${"path/".repeat(30)}`)).toEqual([]);
  });

  it("leaves a word of LONGEST_WORD characters to pdfmake", () => {
    expect(breakOffsets("a".repeat(LONGEST_WORD))).toEqual([]);
  });

  it("cuts a longer word every PIECE characters", () => {
    const word = "a".repeat(LONGEST_WORD + 1);
    expect(breakOffsets(`Word ${word} end`)).toEqual(
      every(PIECE, LONGEST_WORD).map((offset) => offset + "Word ".length),
    );
  });

  it("never separates an accent from its letter or a modifier from its emoji", () => {
    // e + COMBINING ACUTE ACCENT is one character in two code units.
    const accented = "e\u0301".repeat(LONGEST_WORD + 1);
    expect(breakOffsets(accented)).toEqual(every(PIECE * 2, accented.length - 2));
    // A thumbs-up with a skin tone: four UTF-16 units, one character.
    const emoji = "\u{1F44D}\u{1F3FD}".repeat(LONGEST_WORD + 1);
    expect(breakOffsets(emoji)).toEqual(every(PIECE * 4, emoji.length - 4));
  });

  it("counts words joined by no-break spaces or by spaces pdfmake does not break at as one", () => {
    expect(breakOffsets("ab\u00a0".repeat(100)).length).toBeGreaterThan(0);
    expect(breakOffsets("( ".repeat(150)).length).toBeGreaterThan(0);
  });

  it("starts counting again after a zero-width space or a line feed", () => {
    expect(breakOffsets(`${"a".repeat(150)}\u200b${"a".repeat(150)}`)).toEqual([]);
    expect(breakOffsets(`${"a".repeat(150)}\n${"a".repeat(150)}`)).toEqual([]);
  });

  it("cuts a word that runs through more than PIECE pieces of text", () => {
    // Twenty one-letter pieces (another font, bold...) with no break between.
    const word = "abcdefghijklmnopqrst";
    const starts = Array.from({ length: 19 }, (_, index) => index + 1);
    expect(breakOffsets(word, starts)).toEqual([8, 16]);
    expect(breakOffsets(word, starts.slice(0, PIECE))).toEqual([]);
  });
});

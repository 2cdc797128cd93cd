import { describe, expect, it } from "vitest";
import { breakLines } from "./bidi-lines.js";

// One point per UTF-16 unit keeps the arithmetic visible.
const byLength = (start: number, end: number) => end - start;
const lines = (text: string, max: number) =>
  breakLines(text, byLength, max).map(({ start, end }) => text.slice(start, end));

describe("breakLines", () => {
  it("fills lines word by word and drops the spaces where a line wraps", () => {
    expect(lines("aaa bbb ccc", 7)).toEqual(["aaa bbb", "ccc"]);
    expect(lines("aaa   bbb", 5)).toEqual(["aaa", "bbb"]);
  });

  it("keeps the text's own leading spaces", () => {
    expect(lines("  aa bb", 5)).toEqual(["  aa", "bb"]);
  });

  it("always ends a line at a line feed, empty lines included", () => {
    expect(lines("a\n\nb", 10)).toEqual(["a", "", "b"]);
  });

  it("wraps at zero-width spaces too", () => {
    expect(lines("abc\u200bdef", 4)).toEqual(["abc", "def"]);
  });

  it("cuts a word wider than a line between characters", () => {
    expect(lines("xy abcdefghij z", 4)).toEqual(["xy", "abcd", "efgh", "ij z"]);
  });
});

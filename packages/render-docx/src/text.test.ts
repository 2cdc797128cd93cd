import { describe, expect, it } from "vitest";
import { IllegalXmlCharacterError, checkXmlText, lines } from "./text.js";

describe("checkXmlText", () => {
  it("passes text XML can carry, including tabs, astral characters and markup-like text", () => {
    const value = "a\tb <script>&amp; 😀 \u00A0 \uFFFD";
    expect(checkXmlText(value)).toBe(value);
  });

  it.each([
    ["\u0000", "U+0000"],
    ["bell \u0007 here", "U+0007"],
    ["\u001F", "U+001F"],
    ["\uFFFE", "U+FFFE"],
    ["lone \uD800 surrogate", "U+D800"],
  ])("rejects %j naming %s", (value, codePoint) => {
    expect(() => checkXmlText(value)).toThrow(IllegalXmlCharacterError);
    expect(() => checkXmlText(value)).toThrow(codePoint);
  });
});

describe("lines", () => {
  it("splits on LF, CRLF and CR", () => {
    expect(lines("a\nb\r\nc\rd")).toEqual(["a", "b", "c", "d"]);
    expect(lines("one")).toEqual(["one"]);
  });
});

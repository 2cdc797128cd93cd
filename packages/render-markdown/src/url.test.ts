import { describe, expect, it } from "vitest";
import { isSafeUrl, linkDestination } from "./url.js";

describe("urls", () => {
  it("allows only https: and mailto:", () => {
    expect(["https://a.example", "MAILTO:a@b.example"].map(isSafeUrl)).toEqual([true, true]);
    expect(
      ["http://a.example", "javascript:alert(1)", " https://a", "data:x"].map(isSafeUrl),
    ).toEqual([false, false, false, false]);
  });

  it("percent-encodes what would end the destination or split a table cell", () => {
    expect(linkDestination("https://a.example/x y(1)|<b>\\`")).toBe(
      "https://a.example/x%20y%281%29%7C%3Cb%3E%5C%60",
    );
  });

  it("keeps & but stops it from decoding as an entity", () => {
    expect(linkDestination("https://a.example/?a=1&b=2&amp;")).toBe(
      "https://a.example/?a=1\\&b=2\\&amp;",
    );
  });
});

import { describe, expect, it } from "vitest";
import { autolinkSplits, escapeGuarded } from "./autolink-guard.js";
import { midLine } from "./escape.js";

describe("autolink guard", () => {
  it("finds where GFM would start a link in bare text", () => {
    expect(autolinkSplits("see https://x.example and www.y.example or jane@z.example")).toEqual([
      9, 29, 47,
    ]);
    expect(autolinkSplits("HTTP://A.EXAMPLE")).toEqual([4]);
    expect(autolinkSplits("no links here: a.b, x @ y")).toEqual([]);
  });

  it("splits the text with an empty HTML comment that shows nothing", () => {
    expect(escapeGuarded("https://x.example", midLine)).toBe("https<!-- -->://x.example");
    expect(escapeGuarded("jane@x.example", midLine)).toBe("jane<!-- -->@x.example");
  });

  it("never puts the comment at the start of a line, where it would open an HTML block", () => {
    expect(escapeGuarded("@x", { ...midLine, lineStart: true })).toBe("@x");
    expect(escapeGuarded("@x", midLine)).toBe("<!-- -->@x");
  });
});

import { describe, expect, it } from "vitest";
import { equal, ucs2length } from "./validator-runtime.js";

describe("the generated validator's runtime", () => {
  it("counts code points, a surrogate pair once and a lone surrogate once", () => {
    expect(ucs2length("")).toBe(0);
    expect(ucs2length("abc")).toBe(3);
    expect(ucs2length("a😀b")).toBe(3);
    expect(ucs2length("\ud83d")).toBe(1);
    expect(ucs2length("\ud83dx")).toBe(2);
    expect(ucs2length("\ude00\ud83d")).toBe(2);
  });

  it("compares JSON values deeply, whatever the key order", () => {
    expect(equal({ a: 1, b: [1, { c: "x" }] }, { b: [1, { c: "x" }], a: 1 })).toBe(true);
    expect(equal({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(equal([1, 2], [2, 1])).toBe(false);
    expect(equal([], {})).toBe(false);
    expect(equal(null, {})).toBe(false);
    expect(equal("1", 1)).toBe(false);
    expect(equal({ a: { b: 1 } }, { a: { b: 2 } })).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { directionSegments } from "./bidi.js";

describe("directionSegments", () => {
  it("keeps left-to-right text whole", () => {
    expect(directionSegments("plain text")).toEqual([{ text: "plain text", rightToLeft: false }]);
  });

  it("keeps spaces and punctuation between right-to-left words inside the segment", () => {
    expect(directionSegments("Hi שלום, עולם!")).toEqual([
      { text: "Hi ", rightToLeft: false },
      { text: "שלום, עולם", rightToLeft: true },
      { text: "!", rightToLeft: false },
    ]);
  });

  it("finds Arabic as well as Hebrew", () => {
    expect(directionSegments("مرحبا x")).toEqual([
      { text: "مرحبا", rightToLeft: true },
      { text: " x", rightToLeft: false },
    ]);
  });
});

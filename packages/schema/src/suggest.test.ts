import { describe, expect, it } from "vitest";
import { closest, editDistance } from "./suggest.js";

describe("suggestions", () => {
  it("measures edit distance", () => {
    expect(editDistance("curency", "currency")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("nmae", "name")).toBe(1);
  });

  it("suggests close candidates only", () => {
    expect(closest("curency", ["currency", "locale"])).toBe("currency");
    expect(closest("fixed", ["fixed-fee", "retainer"])).toBe("fixed-fee");
    expect(closest("Europe/Berln", ["Europe/Berlin", "Europe/Bern"])).toBe("Europe/Berlin");
    expect(closest("xyz", ["currency", "locale"])).toBeUndefined();
    expect(closest("x".repeat(100), ["x"])).toBeUndefined();
  });
});

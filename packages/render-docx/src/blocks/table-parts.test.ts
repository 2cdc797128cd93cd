import { describe, expect, it } from "vitest";
import { columnWidths } from "./table-parts.js";

describe("columnWidths", () => {
  it("splits by weight and fills the width exactly", () => {
    const widths = columnWidths([3, 2, 2], 9626);
    expect(widths).toEqual([4125, 2750, 2751]);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9626);
  });

  it("counts a column without a weight as weight 1", () => {
    expect(columnWidths([undefined, 3], 400)).toEqual([100, 300]);
    expect(columnWidths([undefined, undefined], 101)).toEqual([50, 51]);
  });

  it("gives nothing for no columns", () => {
    expect(columnWidths([], 1000)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { alignment, columnWidths } from "./table-parts.js";

describe("columnWidths", () => {
  it("turns relative weights into percentages", () => {
    expect(columnWidths([{ weight: 3 }, { weight: 2 }, { weight: 2 }])).toEqual([
      "42.857%",
      "28.571%",
      "28.571%",
    ]);
  });

  it("counts a column without a weight as weight 1, and shares equally without any", () => {
    expect(columnWidths([{ weight: 2 }, {}, {}])).toEqual(["50%", "25%", "25%"]);
    expect(columnWidths([{}, {}])).toEqual(["50%", "50%"]);
  });
});

describe("alignment", () => {
  it("passes known alignments and rejects others loudly", () => {
    expect(alignment("right")).toBe("right");
    expect(() => alignment("justify" as never)).toThrow(/unknown column alignment/);
  });
});

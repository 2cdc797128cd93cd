import { describe, expect, it } from "vitest";
import { parseDecimal } from "./decimal.js";

describe("parseDecimal", () => {
  it.each([
    [50, { units: 50, scale: 0 }],
    [12.5, { units: 125, scale: 1 }],
    // Hard: 33.33 is not exact in binary; its text is.
    [33.33, { units: 3333, scale: 2 }],
    // Hard: 0.1 + 0.2 style noise must not appear: 1.005 stays 1005 / 10^3.
    [1.005, { units: 1005, scale: 3 }],
    ["0.125", { units: 125, scale: 3 }],
    ["-2.5", { units: -25, scale: 1 }],
  ])("%s", (value, parts) => {
    expect(parseDecimal(value)).toEqual(parts);
  });

  it.each([["1,5"], ["1e3"], [1e21], [5e-7], ["99999999999999999"]])("rejects %s", (value) => {
    expect(parseDecimal(value)).toHaveProperty("error");
  });
});

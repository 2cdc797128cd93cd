import { describe, expect, it } from "vitest";
import { DeriveError } from "./errors.js";
import {
  currencyOf,
  fromInput,
  percentOf,
  percentRatios,
  splitByRatios,
  toAmount,
} from "./money.js";

const minorOf = (money: Parameters<typeof toAmount>[0]) => toAmount(money).minor;

describe("percentOf rounds half up to the minor unit", () => {
  it.each([
    // Hard: 499.995 is exactly half a cent; half up gives 500.00.
    ["EUR", "999.99", 50, 50000],
    ["EUR", "1000", 12.5, 12500],
    // Hard: 1.5 % of 499.99 is 7.49985.
    ["EUR", "499.99", 1.5, 750],
    ["EUR", "0.01", 50, 1],
    // Hard: yen has no minor unit; 50 % of 999 yen is 499.5 -> 500.
    ["JPY", "999", 50, 500],
    // Hard: Kuwaiti dinar has three decimals.
    ["KWD", "10.001", 50, 5001],
    ["EUR", "1000", 0, 0],
  ])("%s %s at %s %% is %i minor units", (code, amount, percent, minor) => {
    const currency = currencyOf(code);
    expect(minorOf(percentOf(fromInput(amount, currency, "/x"), percent))).toBe(minor);
  });
});

describe("splitByRatios adds up to the cent, odd cents last", () => {
  it.each([
    // Hard: three equal shares of 100.00; the odd cent goes to the last one.
    ["EUR", "100.00", [1, 1, 1], [3333, 3333, 3334]],
    ["EUR", "100.00", percentRatios([33.33, 33.33, 33.34]), [3333, 3333, 3334]],
    // Hard: 100.01 by 33.33/33.33/33.34 leaves a cent; it goes to the largest ratio.
    ["EUR", "100.01", percentRatios([33.33, 33.33, 33.34]), [3333, 3333, 3335]],
    // Hard: two leftover cents among equal ratios go to the last two.
    ["EUR", "0.05", [1, 1, 1], [1, 2, 2]],
    ["JPY", "1000", percentRatios([33.33, 33.33, 33.34]), [333, 333, 334]],
    ["KWD", "100.000", [1, 1, 1], [33333, 33333, 33334]],
    // Hard: mixed precision ratios share one scale (12.5 and 87.5 -> 125 and 875); the
    // leftover cent of 124.99875 + 874.99125 goes to the larger share.
    ["EUR", "999.99", percentRatios([12.5, 87.5]), [12499, 87500]],
    ["EUR", "999.99", percentRatios([87.5, 12.5]), [87500, 12499]],
  ])("%s %s by %j", (code, amount, ratios, shares) => {
    const money = fromInput(amount, currencyOf(code), "/x");
    const split = splitByRatios(money, ratios).map(minorOf);
    expect(split).toEqual(shares);
    expect(split.reduce((sum, share) => sum + share, 0)).toBe(minorOf(money));
  });
});

it("gives zero shares for all-zero ratios instead of throwing as dinero does", () => {
  const split = splitByRatios(fromInput("10", currencyOf("EUR"), "/x"), [0, 0]);
  expect(split.map(minorOf)).toEqual([0, 0]);
});

describe("input amounts", () => {
  it("refuses more decimals than the currency has", () => {
    expect(() => fromInput("10.5", currencyOf("JPY"), "/fees/amount")).toThrow(DeriveError);
  });

  it("refuses an unknown currency", () => {
    expect(() => currencyOf("XYZ")).toThrow(/Unknown ISO 4217 currency "XYZ"/);
  });

  it.each([
    ["EUR", "1500.5", 150050],
    // Hard: 0.29 * 100 is 28.999999999999996 in floating point.
    ["EUR", 0.29, 29],
    ["JPY", 1500, 1500],
    ["KWD", "1.5", 1500],
    // Hard: ISO 4217 gives the Iraqi dinar 3 decimals, CLDR (Intl) 0. Minor units follow
    // Intl, like parseMoney and the formatters, not dinero's ISO table.
    ["IQD", "1500", 1500],
  ])("reads %s %s as %i minor units", (code, value, minor) => {
    expect(minorOf(fromInput(value, currencyOf(code), "/x"))).toBe(minor);
  });

  it("does not treat inherited object keys as currencies", () => {
    expect(() => currencyOf("toString")).toThrow(DeriveError);
  });
});

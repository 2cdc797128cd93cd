import { describe, expect, it } from "vitest";
import { checkMoney, currencyDigits, numberToDecimal, parseMoney } from "./money.js";

describe("parseMoney", () => {
  it.each([
    [1500, "EUR", 150_000],
    [1500.5, "EUR", 150_050],
    ["1500.50", "EUR", 150_050],
    ["0.1", "EUR", 10],
    [0.29, "EUR", 29],
    [1.005, "EUR", Number.NaN],
    ["1500", "JPY", 1500],
    ["1.234", "KWD", 1234],
    [10_000_000, "EUR", 1_000_000_000],
    ["0010.5", "EUR", 1050],
  ])("%j %s → %d minor units", (value, currency, minor) => {
    const result = parseMoney(value, currency);
    if (Number.isNaN(minor)) expect(result).toHaveProperty("error");
    else expect(result).toEqual({ minor });
  });

  it("is exact where float arithmetic is not", () => {
    // 0.29 * 100 is 28.999999999999996 in binary floating point.
    expect(parseMoney(0.29, "EUR")).toEqual({ minor: 29 });
    expect(parseMoney(1.15, "EUR")).toEqual({ minor: 115 });
  });

  it.each([
    [-1, "EUR", "amount cannot be negative"],
    [Infinity, "EUR", "amount is too large (max 10,000,000.00)"],
    ["10000000.01", "EUR", "amount is too large (max 10,000,000.00)"],
    ["20000000", "JPY", "amount is too large (max 10,000,000)"],
    ["NaN", "EUR", 'amount must be a number like 1500.00, got "NaN"'],
    ["1500.5", "JPY", "amount must be a whole number: JPY amounts have no decimals, got 1500.5"],
    ["1.2345", "KWD", "amount has 4 decimals; KWD amounts have at most 3, got 1.2345"],
    ["1,234.50", "EUR", 'amount must be digits with a dot before the decimals, got "1,234.50"'],
    ["1500", "XXX1", 'unknown currency "XXX1"'],
    ["1500", "ABC", 'unknown currency "ABC"'],
  ])("%j %s → %s", (value, currency, message) => {
    expect(parseMoney(value, currency)).toEqual({ error: message });
  });
});

describe("checkMoney", () => {
  it.each([
    ["-12.50", "NEGATIVE_AMOUNT"],
    ["1 500", "INVALID_AMOUNT"],
    ["1.234,50", "INVALID_AMOUNT"],
    ["€1500", "INVALID_AMOUNT"],
    ["", "INVALID_AMOUNT"],
    ["1e3", "INVALID_AMOUNT"],
    [null, "WRONG_TYPE"],
    [[1], "WRONG_TYPE"],
  ])("%j → %s", (value, code) => {
    expect(checkMoney(value, "EUR").problem?.code).toBe(code);
  });

  it("skips the decimals check when the currency is unknown", () => {
    expect(checkMoney("1.23456", undefined)).toEqual({});
  });

  it("names the field it checks", () => {
    expect(checkMoney(-5, "EUR", "deposit amount").problem?.message).toBe(
      "deposit amount cannot be negative",
    );
  });
});

describe("currencyDigits", () => {
  it.each([
    ["JPY", 0],
    ["EUR", 2],
    ["USD", 2],
    ["KWD", 3],
  ])("%s has %d", (currency, digits) => {
    expect(currencyDigits(currency)).toBe(digits);
  });

  it("throws a RangeError for a malformed code", () => {
    expect(() => currencyDigits("EURO")).toThrow(RangeError);
  });
});

describe("numberToDecimal", () => {
  it.each([
    [1e21, "1000000000000000000000"],
    [1.5e-7, "0.00000015"],
    [123.456, "123.456"],
    [0, "0"],
  ])("%d → %s", (value, text) => {
    expect(numberToDecimal(value)).toBe(text);
  });
});

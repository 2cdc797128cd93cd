import { describe, expect, it } from "vitest";
import { check, engagementWith } from "../test-support.js";
import { lateFeeWithoutAmount } from "./late-fee-without-amount.js";

describe("late-fee-without-amount", () => {
  it("stays quiet with a percent or an amount", () => {
    expect(check(lateFeeWithoutAmount)).toEqual([]);
    const amount = engagementWith((e) => {
      e.fees.lateFee = { amount: 40, per: "invoice" };
    });
    expect(check(lateFeeWithoutAmount, amount)).toEqual([]);
  });

  it("fires for a late fee with only a period", () => {
    const engagement = engagementWith((e) => {
      e.fees.lateFee = { per: "month", graceDays: 7 };
    });
    expect(check(lateFeeWithoutAmount, engagement).map((f) => f.pointer)).toEqual([
      "/fees/lateFee",
    ]);
  });
});

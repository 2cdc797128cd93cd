import { describe, expect, it } from "vitest";
import { check, engagementWith } from "../test-support.js";
import { lateFeeWithoutPeriod } from "./late-fee-without-period.js";

describe("late-fee-without-period", () => {
  it("stays quiet with a period, and without a late fee (no-late-fee speaks then)", () => {
    expect(check(lateFeeWithoutPeriod)).toEqual([]);
    const none = engagementWith((e) => {
      delete e.fees.lateFee;
    });
    expect(check(lateFeeWithoutPeriod, none)).toEqual([]);
  });

  it("fires for a late fee without a period", () => {
    const engagement = engagementWith((e) => {
      e.fees.lateFee = { percent: 2 };
    });
    expect(check(lateFeeWithoutPeriod, engagement).map((f) => f.pointer)).toEqual([
      "/fees/lateFee/per",
    ]);
  });
});

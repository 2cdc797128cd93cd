import { describe, expect, it } from "vitest";
import { check, engagementWith } from "../test-support.js";
import { refundableDeposit } from "./refundable-deposit.js";

describe("refundable-deposit", () => {
  it("stays quiet for a non-refundable deposit and for the default", () => {
    expect(check(refundableDeposit)).toEqual([]);
    const byDefault = engagementWith((e) => {
      e.fees.deposit = { percent: 50 };
    });
    expect(check(refundableDeposit, byDefault)).toEqual([]);
  });

  it("fires for a refundable deposit", () => {
    const engagement = engagementWith((e) => {
      e.fees.deposit = { percent: 50, refundable: true };
    });
    expect(check(refundableDeposit, engagement).map((f) => f.pointer)).toEqual([
      "/fees/deposit/refundable",
    ]);
  });
});

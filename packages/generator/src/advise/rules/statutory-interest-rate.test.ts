import { describe, expect, it } from "vitest";
import { check, engagementWith } from "../test-support.js";
import { statutoryInterestRate } from "./statutory-interest-rate.js";

type LateFee = { percent: number; per: "day" | "week" | "month" | "year" | "invoice" };

const withFee = (jurisdiction: string, lateFee: LateFee) =>
  engagementWith((e) => {
    e.jurisdiction = jurisdiction;
    e.fees.lateFee = lateFee;
  });

const run = (jurisdiction: string, lateFee: LateFee, referenceRatePercent?: number) =>
  check(
    statutoryInterestRate,
    withFee(jurisdiction, lateFee),
    undefined,
    referenceRatePercent === undefined ? {} : { referenceRatePercent },
  );

describe("statutory-interest-rate", () => {
  it("needs the reference rate: without it there is nothing to compare", () => {
    expect(run("UK", { percent: 1, per: "year" })).toEqual([]);
  });

  it("UK and EU: reference rate + 8 points", () => {
    for (const jurisdiction of ["UK", "EU", "FR"]) {
      expect(run(jurisdiction, { percent: 12.25, per: "year" }, 4.25)).toEqual([]);
      const findings = run(jurisdiction, { percent: 12.24, per: "year" }, 4.25);
      expect(findings.map((f) => f.pointer)).toEqual(["/fees/lateFee/percent"]);
      expect(findings[0]?.message).toContain("12.25% a year");
    }
  });

  it("DE: base rate + 9 points, also with a negative base rate", () => {
    expect(run("DE", { percent: 11.27, per: "year" }, 2.27)).toEqual([]);
    expect(run("DE", { percent: 11.26, per: "year" }, 2.27)).toHaveLength(1);
    const negative = run("DE", { percent: 8, per: "year" }, -0.88);
    expect(negative[0]?.message).toContain("8.12% a year");
  });

  it("compares a monthly, weekly or daily fee as a yearly rate", () => {
    expect(run("UK", { percent: 1, per: "month" }, 4.25)).toHaveLength(1); // 12 % < 12.25 %
    expect(run("UK", { percent: 1.25, per: "month" }, 4.25)).toEqual([]); // 15 %
    expect(run("UK", { percent: 0.25, per: "week" }, 4.25)).toEqual([]); // 13 %
    expect(run("UK", { percent: 0.03, per: "day" }, 4.25)).toHaveLength(1); // 10.95 %
    const [finding] = run("UK", { percent: 1, per: "month" }, 4.25);
    expect(finding?.message).toContain("The late fee of 1% a month (12% a year)");
  });

  it("leaves one-off fees per invoice and places without statutory interest alone", () => {
    expect(run("UK", { percent: 1, per: "invoice" }, 4.25)).toEqual([]);
    expect(run("US-NY", { percent: 1, per: "year" }, 4.25)).toEqual([]);
  });
});

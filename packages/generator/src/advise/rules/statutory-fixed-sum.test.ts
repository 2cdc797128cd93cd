import { describe, expect, it } from "vitest";
import type { Facts } from "../../facts.js";
import { check, cleanFacts, engagementWith } from "../test-support.js";
import { statutoryFixedSum } from "./statutory-fixed-sum.js";

/** A late fee of `feeMinor` per invoice on instalments of `debtsMinor`, in `currency`. */
function facts(currency: string, feeMinor: number, debtsMinor: number[]): Facts {
  const base = cleanFacts(currency);
  const instalments = debtsMinor.map((minor, index) => ({
    label: `Instalment ${index + 1}`,
    amount: { minor, currency },
    due: "completion" as const,
  }));
  return {
    ...base,
    money: {
      ...base.money,
      instalments,
      lateFee: { amount: { minor: feeMinor, currency }, per: "invoice", graceDays: 0 },
    },
  };
}

const inPlace = (jurisdiction: string) =>
  engagementWith((e) => {
    e.jurisdiction = jurisdiction;
  });

describe("statutory-fixed-sum", () => {
  it("EU and DE: €40 per late payment", () => {
    for (const jurisdiction of ["EU", "DE", "FR"]) {
      expect(
        check(statutoryFixedSum, inPlace(jurisdiction), facts("EUR", 4000, [500_000])),
      ).toEqual([]);
      const findings = check(
        statutoryFixedSum,
        inPlace(jurisdiction),
        facts("EUR", 3999, [500_000]),
      );
      expect(findings.map((f) => [f.pointer, f.severity])).toEqual([
        ["/fees/lateFee/amount", undefined],
      ]);
      expect(findings[0]?.message).toContain("fixed sum of €40.00");
    }
  });

  it("UK: £40 / £70 / £100 by the size of the late invoice", () => {
    const uk = inPlace("UK");
    const run = (fee: number, debt: number) =>
      check(statutoryFixedSum, uk, facts("GBP", fee, [debt]));
    expect(run(4000, 99_999)).toEqual([]);
    expect(run(3999, 99_999)).toHaveLength(1);
    expect(run(4000, 100_000)[0]?.message).toContain(
      "£70.00 the law gives for a late payment of £1,000.00",
    );
    expect(run(7000, 999_999)).toEqual([]);
    expect(run(7000, 1_000_000)[0]?.message).toContain("£100.00");
    expect(run(10_000, 1_000_000)).toEqual([]);
  });

  it("reports the largest shortfall once", () => {
    const findings = check(
      statutoryFixedSum,
      inPlace("UK"),
      facts("GBP", 4000, [50_000, 2_000_000, 200_000]),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain(
      "£100.00 the law gives for a late payment of £20,000.00",
    );
  });

  it("does not compare across currencies, or percentages, or where there is no fixed sum", () => {
    expect(check(statutoryFixedSum, inPlace("UK"), facts("EUR", 100, [99_999]))).toEqual([]);
    expect(check(statutoryFixedSum, inPlace("US-NY"), facts("USD", 100, [99_999]))).toEqual([]);
    expect(check(statutoryFixedSum, inPlace("DE"))).toEqual([]); // the clean fee is 1 % a month
  });
});

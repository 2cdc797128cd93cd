import { describe, expect, it } from "vitest";
import { check, engagementWith } from "../test-support.js";
import { statutoryPaymentTerm } from "./statutory-payment-term.js";

const terms = (jurisdiction: string | undefined, netDays: number) =>
  engagementWith((e) => {
    if (jurisdiction !== undefined) e.jurisdiction = jurisdiction;
    e.fees.netDays = netDays;
  });

describe("statutory-payment-term", () => {
  it("allows 60 days in the EU, the UK and Germany", () => {
    for (const jurisdiction of ["EU", "UK", "DE", "FR"]) {
      expect(check(statutoryPaymentTerm, terms(jurisdiction, 60))).toEqual([]);
    }
  });

  it("flags 61 days, citing the national source first", () => {
    const cases = [
      ["EU", "Directive 2011/7/EU, art. 3(5)"],
      ["FR", "Directive 2011/7/EU, art. 3(5)"],
      ["UK", "Late Payment of Commercial Debts (Interest) Act 1998"],
      ["DE", "BGB §271a(1)"],
    ] as const;
    for (const [jurisdiction, source] of cases) {
      const findings = check(statutoryPaymentTerm, terms(jurisdiction, 61));
      expect(findings.map((f) => f.pointer)).toEqual(["/fees/netDays"]);
      expect(findings[0]?.message).toContain("over 60 days");
      expect(findings[0]?.message).toContain(source);
    }
  });

  it("has no limit without a jurisdiction or in New York", () => {
    expect(check(statutoryPaymentTerm, terms(undefined, 90))).toEqual([]);
    expect(check(statutoryPaymentTerm, terms("US-NY", 90))).toEqual([]);
  });
});

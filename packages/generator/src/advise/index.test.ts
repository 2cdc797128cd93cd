import { describe, expect, it } from "vitest";
import { advise, rules } from "./index.js";
import { cleanEngagement, cleanFacts, engagementWith, newYork } from "./test-support.js";

describe("advise", () => {
  it("finds nothing in an engagement that follows the advice", () => {
    expect(advise(cleanEngagement(), cleanFacts())).toEqual([]);
    const { engagement, facts } = newYork();
    expect(advise(engagement, facts)).toEqual([]);
    for (const jurisdiction of ["DE", "UK", "EU", "FR"]) {
      const inPlace = engagementWith((e) => {
        e.jurisdiction = jurisdiction;
        e.fees.lateFee = { percent: 1.5, per: "month", graceDays: 7 };
      });
      expect(advise(inPlace, cleanFacts(), { referenceRatePercent: 2.15 })).toEqual([]);
    }
  });

  it("turns findings into diagnostics coded by rule id, in rule order", () => {
    const engagement = engagementWith((e) => {
      e.fees.model = "hourly";
      delete e.fees.lateFee;
      delete e.scope;
    });
    expect(advise(engagement, cleanFacts())).toEqual([
      {
        severity: "warning",
        code: "no-out-of-scope",
        pointer: "/scope/outOfScope",
        message: expect.stringMatching(/^Nothing is named out of scope\./),
        hint: expect.stringMatching(/\S/),
      },
      {
        severity: "info",
        code: "hourly-pricing",
        pointer: "/fees/model",
        message: expect.stringMatching(/^The fee is an hourly rate\./),
        hint: expect.stringMatching(/\S/),
      },
      {
        severity: "warning",
        code: "no-late-fee",
        pointer: "/fees/lateFee",
        message: expect.stringMatching(/^There is no late fee\./),
        hint: expect.stringMatching(/\S/),
      },
    ]);
  });

  it("lets a finding soften its rule's severity", () => {
    const engagement = engagementWith((e) => {
      e.schedule.reviewAfterMonths = 3;
    });
    const [diagnostic] = advise(engagement, cleanFacts());
    expect(diagnostic).toMatchObject({ code: "no-term-or-review", severity: "info" });
  });

  it("does not touch its input", () => {
    const engagement = Object.freeze(cleanEngagement());
    const facts = Object.freeze(cleanFacts());
    expect(() => advise(engagement, facts)).not.toThrow();
  });
});

describe("the rules", () => {
  it("have unique kebab-case ids, a docs page path and a title", () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.docs).toBe(`docs/rules/${rule.id}.md`);
      expect(rule.title.length).toBeGreaterThan(10);
    }
  });

  it("keep a stable order (diagnostics come out in it)", () => {
    expect(rules.map((rule) => `${rule.id} (${rule.severity})`)).toEqual([
      "uncountable-deliverable (warning)",
      "no-out-of-scope (warning)",
      "no-offer-expiry (warning)",
      "no-client-deadlines (warning)",
      "deadline-before-input (warning)",
      "no-term-or-review (warning)",
      "no-office-hours (warning)",
      "no-office-hours-overlap (warning)",
      "no-revision-rounds (warning)",
      "no-extra-revision-price (info)",
      "hourly-pricing (info)",
      "no-deposit (warning)",
      "refundable-deposit (warning)",
      "no-late-fee (warning)",
      "late-fee-without-period (warning)",
      "late-fee-without-amount (warning)",
      "delivery-before-payment (warning)",
      "no-termination (warning)",
      "early-ownership-transfer (warning)",
      "us-ny-mailing-addresses (warning)",
      "us-ny-itemised-fee (warning)",
      "us-ny-payment-date (warning)",
      "us-ny-services-list-date (warning)",
      "statutory-payment-term (warning)",
      "statutory-interest-rate (warning)",
      "statutory-fixed-sum (info)",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { check, cleanFacts, engagementWith } from "../test-support.js";
import { noTermOrReview } from "./no-term-or-review.js";

const retainer = engagementWith((e) => {
  e.fees.model = "retainer";
});

describe("no-term-or-review", () => {
  it("stays quiet for a one-off project", () => {
    expect(check(noTermOrReview)).toEqual([]);
  });

  it("fires twice for a retainer with neither term nor review", () => {
    expect(check(noTermOrReview, retainer).map((f) => f.pointer)).toEqual([
      "/schedule/termMonths",
      "/schedule/reviewAfterMonths",
    ]);
  });

  it("treats a repeating milestone as ongoing work", () => {
    const engagement = engagementWith((e) => {
      const [brief] = e.schedule.milestones ?? [];
      if (brief !== undefined) brief.repeat = { every: "month", times: 6 };
    });
    expect(check(noTermOrReview, engagement)).toHaveLength(2);
  });

  it("asks for a review when the term runs past 12 months", () => {
    const engagement = engagementWith((e) => {
      e.fees.model = "month-rate";
      e.schedule.termMonths = 18;
    });
    const facts = { ...cleanFacts(), endDate: "2028-09-07" };
    expect(check(noTermOrReview, engagement, facts).map((f) => f.pointer)).toEqual([
      "/schedule/reviewAfterMonths",
    ]);
  });

  it("needs no review when the term itself ends within 12 months", () => {
    const engagement = engagementWith((e) => {
      e.fees.model = "retainer";
      e.schedule.termMonths = 12;
    });
    const facts = { ...cleanFacts(), endDate: "2028-03-07" };
    expect(check(noTermOrReview, engagement, facts)).toEqual([]);
  });

  it("stays quiet with a term and a review between 6 and 12 months", () => {
    for (const months of [6, 12]) {
      const engagement = engagementWith((e) => {
        e.fees.model = "retainer";
        e.schedule.termMonths = 24;
        e.schedule.reviewAfterMonths = months;
      });
      expect(check(noTermOrReview, engagement)).toEqual([]);
    }
  });

  it("still asks for a term when a review is set", () => {
    const engagement = engagementWith((e) => {
      e.fees.model = "retainer";
      e.schedule.reviewAfterMonths = 6;
    });
    expect(check(noTermOrReview, engagement).map((f) => f.pointer)).toEqual([
      "/schedule/termMonths",
    ]);
  });

  it("gives info for a review outside 6 to 12 months", () => {
    for (const months of [5, 13]) {
      const engagement = engagementWith((e) => {
        e.schedule.reviewAfterMonths = months;
      });
      const findings = check(noTermOrReview, engagement);
      expect(findings.map((f) => [f.pointer, f.severity])).toEqual([
        ["/schedule/reviewAfterMonths", "info"],
      ]);
      expect(findings[0]?.message).toContain(`after ${months} months`);
    }
  });
});

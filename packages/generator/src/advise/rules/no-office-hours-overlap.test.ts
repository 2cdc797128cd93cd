import { describe, expect, it } from "vitest";
import type { Facts, TimeWindow } from "../../facts.js";
import { check, cleanFacts } from "../test-support.js";
import { noOfficeHoursOverlap } from "./no-office-hours-overlap.js";

const window = (from: string, to: string): TimeWindow => ({
  days: ["mon", "tue", "wed", "thu", "fri"],
  from,
  to,
  crossesMidnight: to < from,
});

/** The freelancer in Sydney, the client in London: the freelancer's windows as London reads them. */
function apart(freelancerInLondon: TimeWindow): Facts {
  const facts = cleanFacts();
  const { freelancer, client } = facts.officeHours;
  if (freelancer === undefined || client === undefined) throw new Error("fixture");
  return {
    ...facts,
    officeHours: {
      freelancer: {
        ...freelancer,
        timeZone: "Australia/Sydney",
        otherTimeZone: "Europe/London",
        windows: [window("09:00", "17:00")],
        windowsInOtherZone: [freelancerInLondon],
      },
      client: { ...client, timeZone: "Europe/London", windows: [window("09:00", "17:30")] },
    },
  };
}

describe("no-office-hours-overlap", () => {
  it("stays quiet when the windows share at least an hour", () => {
    expect(check(noOfficeHoursOverlap)).toEqual([]);
    expect(check(noOfficeHoursOverlap, undefined, apart(window("08:00", "10:00")))).toEqual([]);
  });

  it("fires when the windows, in the client's zone, never meet", () => {
    const findings = check(noOfficeHoursOverlap, undefined, apart(window("22:00", "06:00")));
    expect(findings.map((f) => f.pointer)).toEqual(["/freelancer/officeHours"]);
    expect(findings[0]?.message).toContain("never overlap");
    expect(findings[0]?.message).toContain("Europe/London");
  });

  it("fires when they share less than an hour", () => {
    const findings = check(noOfficeHoursOverlap, undefined, apart(window("22:00", "09:30")));
    expect(findings[0]?.message).toContain("overlap by 30 minutes at most");
  });

  it("stays quiet when a party has no office hours (no-office-hours speaks then)", () => {
    const facts = cleanFacts();
    const { freelancer } = facts.officeHours;
    expect(
      check(noOfficeHoursOverlap, undefined, {
        ...facts,
        officeHours: { ...(freelancer ? { freelancer } : {}) },
      }),
    ).toEqual([]);
  });
});

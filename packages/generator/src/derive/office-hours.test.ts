import type { Party } from "@clausework/schema";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { officeHoursFacts } from "./office-hours.js";
import { party } from "./test-engagement.js";

const dates = {
  issuedOn: Temporal.PlainDate.from("2027-01-11"),
  term: {
    start: Temporal.PlainDate.from("2027-02-01"),
    end: Temporal.PlainDate.from("2027-07-31"),
  },
};
const nineToFive: Party["officeHours"] = [{ days: ["mon", "tue"], from: "09:00", to: "17:00" }];

describe("officeHoursFacts", () => {
  it.each([
    ["Europe/London", "America/New_York", -5],
    ["America/Los_Angeles", "America/New_York", 3],
    // Hard: fractional differences.
    ["Europe/London", "Asia/Kolkata", 5.5],
    ["Europe/London", "Asia/Kathmandu", 5.75],
    // Hard: the date line: Auckland is a day ahead of Honolulu, 23 hours in January.
    ["Pacific/Honolulu", "Pacific/Auckland", 23],
  ])("from %s, %s is %s hours ahead on the issue date", (own, other, hours) => {
    const facts = officeHoursFacts(
      "freelancer",
      party({ timeZone: own, officeHours: nineToFive }),
      party({ timeZone: other }),
      dates,
    );
    expect(facts?.differenceHours).toBe(hours);
  });

  it("gives the windows as written and in the other zone", () => {
    const facts = officeHoursFacts(
      "client",
      party({ timeZone: "America/Los_Angeles", officeHours: nineToFive }),
      party({ timeZone: "America/New_York" }),
      dates,
    );
    expect(facts).toMatchObject({
      owner: "client",
      timeZone: "America/Los_Angeles",
      otherTimeZone: "America/New_York",
      windows: [{ days: ["mon", "tue"], from: "09:00", to: "17:00", crossesMidnight: false }],
      windowsInOtherZone: [
        { days: ["mon", "tue"], from: "12:00", to: "20:00", crossesMidnight: false },
      ],
      // Both US zones switch at 02:00 local time, an hour (then three) apart: no date differs.
      offsetChanges: [],
    });
  });

  it("keeps one window per written window when a DST switch falls in the issue week", () => {
    // Berlin switches on Sunday 28 March 2027; New York did on 14 March.
    const facts = officeHoursFacts(
      "client",
      party({
        timeZone: "America/New_York",
        officeHours: [{ days: ["fri", "sun"], from: "09:00", to: "17:00" }],
      }),
      party({ timeZone: "Europe/Berlin" }),
      {
        issuedOn: Temporal.PlainDate.from("2027-03-24"),
        term: {
          start: Temporal.PlainDate.from("2027-04-01"),
          end: Temporal.PlainDate.from("2027-04-30"),
        },
      },
    );
    expect(facts?.differenceHours).toBe(5);
    expect(facts?.windowsInOtherZone).toEqual([
      { days: ["fri", "sun"], from: "14:00", to: "22:00", crossesMidnight: false },
    ]);
    // The term is all summer time on both sides: 6 hours, which the documents note.
    expect(facts?.offsetChanges).toEqual([
      { from: "2027-04-01", until: "2027-04-30", differenceHours: 6 },
    ]);
  });

  it("has nothing to convert when both parties share a zone", () => {
    const facts = officeHoursFacts(
      "freelancer",
      party({ timeZone: "Europe/Berlin", officeHours: nineToFive }),
      party({ timeZone: "Europe/Berlin" }),
      dates,
    );
    expect(facts).toEqual({
      owner: "freelancer",
      timeZone: "Europe/Berlin",
      windows: [{ days: ["mon", "tue"], from: "09:00", to: "17:00", crossesMidnight: false }],
      offsetChanges: [],
    });
  });

  it("is absent when the party gives no office hours", () => {
    expect(
      officeHoursFacts("client", party(), party({ timeZone: "Asia/Tokyo" }), dates),
    ).toBeUndefined();
  });
});

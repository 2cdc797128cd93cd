import type { Party } from "@clausework/schema";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { party } from "./test-engagement.js";
import { addBusinessDays, workingDaysOf } from "./working-days.js";

const berlin: Partial<Party> = { publicHolidays: { country: "DE", region: "BE" } };
const hamburg: Partial<Party> = { publicHolidays: { country: "DE", region: "HH" } };
const germany: Partial<Party> = { publicHolidays: { country: "DE" } };

type Case = [name: string, owner: Partial<Party>, start: string, count: number, expected: string];

describe("addBusinessDays", () => {
  it.each<Case>([
    // Hard: a weekend in between; Saturday and Sunday never count.
    ["Fri + 1 across a weekend", {}, "2027-03-05", 1, "2027-03-08"],
    ["Wed + 10 across two weekends", {}, "2027-03-03", 10, "2027-03-17"],
    // Hard: 8 March is a public holiday in Berlin only (since 2019).
    ["Berlin: International Women's Day", berlin, "2027-03-05", 1, "2027-03-09"],
    ["Hamburg works on 8 March", hamburg, "2027-03-05", 1, "2027-03-08"],
    // Hard: Good Friday (26 March) and Easter Monday (29 March 2027), moving feasts.
    ["Easter 2027 in Germany", germany, "2027-03-25", 1, "2027-03-30"],
    // Hard: 1 May 2028 is a Monday (in 2027 it falls on a Saturday and changes nothing).
    ["1 May 2028 in Germany", germany, "2028-04-28", 1, "2028-05-02"],
    ["1 May 2027 is a Saturday anyway", germany, "2027-04-30", 1, "2027-05-03"],
    // Hard: Rosenmontag is an observance in date-holidays, not a public holiday.
    ["observances are working days", germany, "2027-02-05", 1, "2027-02-08"],
    // Hard: New Year's Day 2028 is a Saturday; the US observes it on Friday 31 December 2027,
    // a holiday of one year that falls in the previous one.
    [
      "US New Year observed the year before",
      { publicHolidays: { country: "US" } },
      "2027-12-30",
      1,
      "2028-01-03",
    ],
    // Hard: the owner's own weekdays off (a four-day week).
    ["weekday off", { daysOff: { weekdays: ["fri"] } }, "2027-03-04", 1, "2027-03-08"],
    [
      "date off",
      { daysOff: { dates: [{ date: "2027-03-08", label: "Family event" }] } },
      "2027-03-05",
      1,
      "2027-03-09",
    ],
    // Hard: everything at once: Easter Friday/Monday, Fridays off, a date off.
    [
      "holidays, weekday and date off together",
      { ...berlin, daysOff: { weekdays: ["fri"], dates: [{ date: "2027-03-30" }] } },
      "2027-03-24",
      2,
      "2027-03-31",
    ],
    // Hard: zero business days: the same day when it is worked, else the next working day.
    ["0 on a working day", {}, "2027-03-03", 0, "2027-03-03"],
    ["0 on a Saturday", {}, "2027-03-06", 0, "2027-03-08"],
    ["0 on Easter Monday", germany, "2027-03-29", 0, "2027-03-30"],
  ])("%s", (_, overrides, start, count, expected) => {
    const workingDays = workingDaysOf(party(overrides));
    expect(addBusinessDays(Temporal.PlainDate.from(start), count, workingDays).toString()).toBe(
      expected,
    );
  });

  it("finds the day after 100 dates off when the owner works on Mondays only", () => {
    const first = Temporal.PlainDate.from("2027-03-01");
    const mondays = Array.from({ length: 100 }, (_, week) => ({
      date: first.add({ weeks: week }).toString(),
    }));
    const workingDays = workingDaysOf(
      party({ daysOff: { weekdays: ["tue", "wed", "thu", "fri"], dates: mondays } }),
    );
    // 100 Mondays from 1 March 2027 end on 22 January 2029; the next is 29 January.
    expect(addBusinessDays(first, 1, workingDays).toString()).toBe("2029-01-29");
  });

  it("stops with an error when the owner never works, instead of looping", () => {
    const workingDays = workingDaysOf(
      party({ daysOff: { weekdays: ["mon", "tue", "wed", "thu", "fri"] } }),
    );
    expect(() => addBusinessDays(Temporal.PlainDate.from("2027-03-05"), 1, workingDays)).toThrow(
      expect.objectContaining({ code: "NO_WORKING_DAYS" }),
    );
  });
});

import type { Engagement } from "@clausework/schema";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { termDates, termEnd } from "./term-dates.js";
import { resolved } from "./test-engagement.js";

describe("termEnd: the day before the same date, or the last day of a shorter month", () => {
  it.each([
    ["2027-01-15", 12, "2028-01-14"],
    // Hard: 1 March + 1 month ends 31 March, not 28 or 30.
    ["2027-03-01", 1, "2027-03-31"],
    // Hard: 31 January + 1 month has no 31 February; the term ends on 28 February.
    ["2027-01-31", 1, "2027-02-28"],
    // Hard: leap year: the same start ends on 29 February in 2028.
    ["2028-01-31", 1, "2028-02-29"],
    ["2028-01-29", 1, "2028-02-28"],
    // Hard: starts on 29 February; a year later there is no 29 February.
    ["2028-02-29", 12, "2029-02-28"],
    ["2027-02-28", 12, "2028-02-27"],
    ["2027-12-01", 1, "2027-12-31"],
  ])("%s + %i months ends %s", (start, months, end) => {
    expect(termEnd(Temporal.PlainDate.from(start), months).toString()).toBe(end);
  });

  it("tiles: the next term starts the day after the last one ended", () => {
    const start = Temporal.PlainDate.from("2027-01-31");
    const end = termEnd(start, 1);
    expect(end.add({ days: 1 }).toString()).toBe("2027-03-01");
  });
});

describe("termDates", () => {
  const dated = (overrides: Partial<Engagement>) => {
    const dates = termDates(resolved(overrides));
    return Object.fromEntries(Object.entries(dates).map(([key, date]) => [key, date.toString()]));
  };

  it("states the offer expiry, the end and the review", () => {
    expect(
      dated({
        validForDays: 30,
        schedule: { startDate: "2027-01-31", termMonths: 6, reviewAfterMonths: 1 },
      }),
    ).toEqual({
      issuedOn: "2027-01-11",
      offerExpiresOn: "2027-02-10",
      startDate: "2027-01-31",
      endDate: "2027-07-30",
      // Hard: review one month after 31 January clamps to 28 February.
      reviewOn: "2027-02-28",
    });
  });

  it("prefers a fixed end date and a fixed expiry", () => {
    expect(
      dated({
        validUntil: "2027-01-31",
        schedule: { startDate: "2027-02-01", endDate: "2027-04-30", termMonths: 12 },
      }),
    ).toEqual({
      issuedOn: "2027-01-11",
      offerExpiresOn: "2027-01-31",
      startDate: "2027-02-01",
      endDate: "2027-04-30",
    });
  });
});

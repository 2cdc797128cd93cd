import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { offsetChanges } from "./offset-changes.js";

const date = Temporal.PlainDate.from;

describe("offsetChanges", () => {
  it.each([
    [
      // Hard: Europe and the US switch on different Sundays, twice a year.
      "London and New York over 2027",
      ["Europe/London", "America/New_York"],
      "2027-01-11",
      ["2027-01-01", "2027-12-31"],
      [
        { from: "2027-03-14", until: "2027-03-27", differenceHours: -4 },
        { from: "2027-10-31", until: "2027-11-06", differenceHours: -4 },
      ],
    ],
    [
      // Hard: issued inside the gap; then the rest of the year is the exception.
      "issued during the March gap",
      ["Europe/London", "America/New_York"],
      "2027-03-17",
      ["2027-03-01", "2027-06-30"],
      [
        { from: "2027-03-01", until: "2027-03-13", differenceHours: -5 },
        { from: "2027-03-28", until: "2027-06-30", differenceHours: -5 },
      ],
    ],
    [
      // Hard: opposite hemispheres: Sydney's summer is London's winter, so the difference
      // takes three values (11, 10, 9) over a year. London's autumn switch is 12:00 on
      // 31 October in Sydney: from that noon on the difference is 11 again.
      "Sydney and London over 2027",
      ["Australia/Sydney", "Europe/London"],
      "2027-01-13",
      ["2027-01-01", "2027-12-31"],
      [
        { from: "2027-03-28", until: "2027-04-03", differenceHours: -10 },
        { from: "2027-04-04", until: "2027-10-02", differenceHours: -9 },
        { from: "2027-10-03", until: "2027-10-30", differenceHours: -10 },
      ],
    ],
    [
      // Hard: Berlin and Paris switch at the same instant: two transitions, no change.
      "Berlin and Paris never differ",
      ["Europe/Berlin", "Europe/Paris"],
      "2027-01-11",
      ["2027-01-01", "2027-12-31"],
      [],
    ],
    [
      // Hard: India has no summer time, but London does: 5.5 hours in winter, 4.5 in summer.
      "London and Kolkata",
      ["Europe/London", "Asia/Kolkata"],
      "2027-01-11",
      ["2027-02-01", "2027-05-31"],
      [{ from: "2027-03-28", until: "2027-05-31", differenceHours: 4.5 }],
    ],
    [
      // Hard: both US zones switch at 02:00 local, so for three night hours New York is
      // 4 hours ahead of Los Angeles; no working day sees it.
      "Los Angeles and New York",
      ["America/Los_Angeles", "America/New_York"],
      "2027-01-11",
      ["2027-01-01", "2027-12-31"],
      [],
    ],
    [
      // Hard: a term that ends inside the gap ends the period with it.
      "a term ending inside the gap",
      ["Europe/London", "America/New_York"],
      "2027-01-11",
      ["2027-01-01", "2027-03-20"],
      [{ from: "2027-03-14", until: "2027-03-20", differenceHours: -4 }],
    ],
    [
      "a term without any switch",
      ["Europe/London", "America/New_York"],
      "2027-01-11",
      ["2027-04-01", "2027-09-30"],
      [],
    ],
  ] as const)("%s", (_, [own, other], issuedOn, [start, end], expected) => {
    expect(
      offsetChanges({ own, other }, date(issuedOn), { start: date(start), end: date(end) }),
    ).toEqual(expected);
  });
});

import type { OfficeHoursWindow } from "@clausework/schema";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { convertWindows } from "./convert-windows.js";

const weekdays: OfficeHoursWindow["days"] = ["mon", "tue", "wed", "thu", "fri"];

describe("convertWindows", () => {
  it.each([
    [
      "London winter to New York: 5 hours behind",
      { days: weekdays, from: "09:00", to: "17:00" },
      ["Europe/London", "America/New_York"],
      "2027-01-13",
      [{ days: weekdays, from: "04:00", to: "12:00", crossesMidnight: false }],
    ],
    [
      // Hard: the US is on summer time from 14 March, the UK only from 28 March 2027.
      "London to New York in the March gap: 4 hours",
      { days: weekdays, from: "09:00", to: "17:00" },
      ["Europe/London", "America/New_York"],
      "2027-03-17",
      [{ days: weekdays, from: "05:00", to: "13:00", crossesMidnight: false }],
    ],
    [
      // Hard: the UK is back on GMT from 31 October, the US only from 7 November 2027.
      "London to New York in the autumn gap: 4 hours",
      { days: weekdays, from: "09:00", to: "17:00" },
      ["Europe/London", "America/New_York"],
      "2027-11-03",
      [{ days: weekdays, from: "05:00", to: "13:00", crossesMidnight: false }],
    ],
    [
      // Hard: New York switches on Sunday 14 March 2027, inside the issue week. Every day
      // moves by the difference on the issue date (5 hours), so the window stays one
      // window; the documents note the weeks in which the difference is 4 hours.
      "the week New York switches",
      { days: ["mon", "sun"], from: "09:00", to: "17:00" },
      ["Europe/London", "America/New_York"],
      "2027-03-10",
      [{ days: ["mon", "sun"], from: "04:00", to: "12:00", crossesMidnight: false }],
    ],
    [
      // Hard: Berlin switches on Sunday 28 March 2027, in the issue week; on the issue
      // date New York is already on summer time: 5 hours, for Friday and Sunday alike.
      "New York to Berlin in the week Europe switches",
      { days: ["fri", "sun"], from: "09:00", to: "17:00" },
      ["America/New_York", "Europe/Berlin"],
      "2027-03-24",
      [{ days: ["fri", "sun"], from: "14:00", to: "22:00", crossesMidnight: false }],
    ],
    [
      // Hard: issued on the day of the switch itself; noon is after it, so summer time.
      "issued on the day London switches",
      { days: ["sun"], from: "00:30", to: "03:30" },
      ["Europe/London", "Europe/Berlin"],
      "2027-03-28",
      [{ days: ["sun"], from: "01:30", to: "04:30", crossesMidnight: false }],
    ],
    [
      // Hard: an evening window that ends at midnight in the other zone crosses into
      // the next day there, as "22:00 to 00:00" does when written.
      "a window that ends at midnight in the other zone",
      { days: ["mon"], from: "22:00", to: "23:00" },
      ["Europe/London", "Europe/Berlin"],
      "2027-01-13",
      [{ days: ["mon"], from: "23:00", to: "00:00", crossesMidnight: true }],
    ],
    [
      // Hard: 00:00 Tokyo Monday is 15:00 London Sunday; Sunday wraps to Saturday.
      "Tokyo to London: Sunday wraps to Saturday",
      { days: ["mon", "sun"], from: "00:00", to: "01:00" },
      ["Asia/Tokyo", "Europe/London"],
      "2027-01-13",
      [{ days: ["sun", "sat"], from: "15:00", to: "16:00", crossesMidnight: false }],
    ],
    [
      // Hard: a window across midnight stays across midnight, a day later in Berlin.
      "a night window across midnight",
      { days: ["fri"], from: "22:00", to: "02:00" },
      ["Europe/London", "Europe/Berlin"],
      "2027-01-13",
      [{ days: ["fri"], from: "23:00", to: "03:00", crossesMidnight: true }],
    ],
    [
      // Hard: 22:00-02:00 London is 17:00-21:00 New York: no longer across midnight.
      "a night window that stops crossing midnight",
      { days: ["sat"], from: "22:00", to: "02:00" },
      ["Europe/London", "America/New_York"],
      "2027-01-13",
      [{ days: ["sat"], from: "17:00", to: "21:00", crossesMidnight: false }],
    ],
    [
      // Hard: Monday 08:00 in Sydney (summer, UTC+11) is Sunday 21:00 in London (UTC+0):
      // every day moves back one, and the window now crosses midnight.
      "Sydney to London: the days shift",
      { days: weekdays, from: "08:00", to: "16:00" },
      ["Australia/Sydney", "Europe/London"],
      "2027-01-13",
      [
        {
          days: ["sun", "mon", "tue", "wed", "thu"],
          from: "21:00",
          to: "05:00",
          crossesMidnight: true,
        },
      ],
    ],
    [
      // Hard: Sydney winter (UTC+10) and London summer (UTC+1): 9 hours, not 11.
      "Sydney to London in July",
      { days: ["mon"], from: "08:00", to: "16:00" },
      ["Australia/Sydney", "Europe/London"],
      "2027-07-14",
      [{ days: ["sun"], from: "23:00", to: "07:00", crossesMidnight: true }],
    ],
    [
      // Hard: India is UTC+5:30: half-hour offsets survive.
      "London to Kolkata",
      { days: ["mon"], from: "09:00", to: "17:00" },
      ["Europe/London", "Asia/Kolkata"],
      "2027-01-13",
      [{ days: ["mon"], from: "14:30", to: "22:30", crossesMidnight: false }],
    ],
    [
      // Hard: Nepal is UTC+5:45, and a late window in Kathmandu moves to the next day.
      "Kathmandu evening to London",
      { days: ["mon"], from: "05:00", to: "07:00" },
      ["Asia/Kathmandu", "Europe/London"],
      "2027-01-13",
      [{ days: ["sun"], from: "23:15", to: "01:15", crossesMidnight: true }],
    ],
  ] as const)("%s", (_, window, [own, other], issuedOn, expected) => {
    const converted = convertWindows(
      [{ ...window, days: [...window.days] as OfficeHoursWindow["days"] }],
      Temporal.PlainDate.from(issuedOn),
      { own, other },
    );
    expect(converted).toEqual(expected);
  });
});

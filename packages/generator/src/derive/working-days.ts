// Business days of one party: not Saturday or Sunday, not one of the party's weekdays
// or dates off, not a public holiday where the party works (date-holidays, type
// "public" only: observances, bank and school holidays are working days).
import type { Party } from "@clausework/schema";
import Holidays from "date-holidays";
import type { Temporal } from "temporal-polyfill";
import { DeriveError } from "./errors.js";
import { weekdayOf } from "./weekdays.js";

export type WorkingDays = { readonly isWorkingDay: (date: Temporal.PlainDate) => boolean };

const WEEKEND = new Set(["sat", "sun"]);

// Building a date-holidays calendar and computing a year costs milliseconds, and
// every derive asks for the same few places and years: keep the results for the
// process. The answers never change, so this memo cannot make output differ.
const calendars = new Map<string, Holidays>();
const holidayYears = new Map<string, ReadonlySet<string>>();

function calendarOf(country: string, region: string | undefined): Holidays {
  const key = `${country}/${region ?? ""}`;
  let calendar = calendars.get(key);
  if (calendar === undefined) {
    calendar = region === undefined ? new Holidays(country) : new Holidays(country, region);
    calendars.set(key, calendar);
  }
  return calendar;
}

/** Dates (YYYY-MM-DD) of the public holidays of one place in one year. */
function publicHolidaysIn(
  country: string,
  region: string | undefined,
  year: number,
): ReadonlySet<string> {
  const key = `${country}/${region ?? ""}/${year}`;
  let dates = holidayYears.get(key);
  if (dates === undefined) {
    const found = new Set<string>();
    // `date` is the local calendar date ("2027-03-29 00:00:00"); `start` is a JS Date
    // (an instant), whose calendar date depends on the zone it is read in, so we
    // read `date`. Some half-days start at 14:00; they are never "public".
    for (const holiday of calendarOf(country, region).getHolidays(year)) {
      if (holiday.type === "public") found.add(holiday.date.slice(0, 10));
    }
    dates = found;
    // Years come from the input, so bound the memo for long-lived processes.
    if (holidayYears.size >= 2_000) holidayYears.clear();
    holidayYears.set(key, dates);
  }
  return dates;
}

function publicHolidayLookup(
  place: Party["publicHolidays"],
): (date: Temporal.PlainDate) => boolean {
  if (place === undefined) return () => false;
  const { country, region } = place;
  // A holiday of one year can be observed in the previous one (US New Year's Day
  // 2028 falls on a Saturday and is observed on Friday 31 December 2027).
  return (date) =>
    publicHolidaysIn(country, region, date.year).has(date.toString()) ||
    publicHolidaysIn(country, region, date.year + 1).has(date.toString());
}

export function workingDaysOf(party: Party): WorkingDays {
  const weekdaysOff = new Set<string>([...WEEKEND, ...(party.daysOff?.weekdays ?? [])]);
  const datesOff = new Set((party.daysOff?.dates ?? []).map((off) => off.date));
  const isPublicHoliday = publicHolidayLookup(party.publicHolidays);
  return {
    isWorkingDay: (date) =>
      !weekdaysOff.has(weekdayOf(date)) && !datesOff.has(date.toString()) && !isPublicHoliday(date),
  };
}

/**
 * More consecutive days off than this means no weekday is ever worked (validate
 * refuses that input). With one weekday worked, a run of days off needs a date
 * off or a public holiday on that weekday every week: the schema allows 100
 * dates off and no place has a holiday every week, so runs stay under about
 * 1,700 days. 400, the old bound, was reachable: Mondays only, 100 Mondays off.
 */
const MAX_DAYS_OFF_IN_A_ROW = 3_660;

/**
 * The `count`-th working day after `start`. With 0, `start` itself when it is a
 * working day, else the next working day (a deadline never falls on a day off).
 */
export function addBusinessDays(
  start: Temporal.PlainDate,
  count: number,
  workingDays: WorkingDays,
): Temporal.PlainDate {
  let date = start;
  let counted = 0;
  let daysOffInARow = 0;
  while (count === 0 ? !workingDays.isWorkingDay(date) : counted < count) {
    date = date.add({ days: 1 });
    if (workingDays.isWorkingDay(date)) {
      counted += 1;
      daysOffInARow = 0;
    } else if (++daysOffInARow > MAX_DAYS_OFF_IN_A_ROW) {
      throw new DeriveError(
        "NO_WORKING_DAYS",
        "The owner of this deadline never has a working day",
      );
    }
  }
  return date;
}

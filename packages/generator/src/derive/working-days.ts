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

/** Dates (YYYY-MM-DD) of public holidays, loaded a year at a time. */
function publicHolidayLookup(
  place: Party["publicHolidays"],
): (date: Temporal.PlainDate) => boolean {
  if (place === undefined) return () => false;
  const calendar =
    place.region === undefined
      ? new Holidays(place.country)
      : new Holidays(place.country, place.region);
  const dates = new Set<string>();
  const loadedYears = new Set<number>();
  const load = (year: number): void => {
    if (loadedYears.has(year)) return;
    loadedYears.add(year);
    // `date` is the local calendar date ("2027-03-29 00:00:00"); `start` is a JS Date
    // (an instant), whose calendar date depends on the zone it is read in, so we
    // read `date`. Some half-days start at 14:00; they are never "public".
    for (const holiday of calendar.getHolidays(year)) {
      if (holiday.type === "public") dates.add(holiday.date.slice(0, 10));
    }
  };
  return (date) => {
    // A holiday of one year can be observed in the previous one (US New Year's Day
    // 2028 falls on a Saturday and is observed on Friday 31 December 2027).
    load(date.year);
    load(date.year + 1);
    return dates.has(date.toString());
  };
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

/** More consecutive days off than this means no weekday is ever worked. */
const MAX_DAYS_OFF_IN_A_ROW = 400;

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

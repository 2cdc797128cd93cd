// Business days of one party: not Saturday or Sunday, not one of the party's weekdays
// or dates off, not a public holiday where the party works (date-holidays, type
// "public" only: observances, bank and school holidays are working days).
import type { Party } from "@clausework/schema";
import Holidays from "date-holidays";
import { Temporal } from "temporal-polyfill";
import { civilDateOf, epochDayOf, epochDayOfIso, weekdayIndexOf } from "./epoch-days.js";
import { DeriveError } from "./errors.js";
import { WEEKDAYS } from "./weekdays.js";

export type WorkingDays = {
  readonly isWorkingDay: (date: Temporal.PlainDate) => boolean;
  /** The same question for a day since 1970-01-01 (see epoch-days.ts). */
  readonly isWorkingEpochDay: (epochDay: number) => boolean;
};

const WEEKEND = new Set(["sat", "sun"]);

// Building a date-holidays calendar and computing a year costs milliseconds, and
// every derive asks for the same few places and years: keep the results for the
// process. The answers never change, so this memo cannot make output differ.
const calendars = new Map<string, Holidays>();
const holidayYears = new Map<string, ReadonlySet<number>>();

function calendarOf(country: string, region: string | undefined): Holidays {
  const key = `${country}/${region ?? ""}`;
  let calendar = calendars.get(key);
  if (calendar === undefined) {
    calendar = region === undefined ? new Holidays(country) : new Holidays(country, region);
    calendars.set(key, calendar);
  }
  return calendar;
}

/** The public holidays of one place in one year, as days since 1970-01-01. */
function publicHolidaysIn(
  country: string,
  region: string | undefined,
  year: number,
): ReadonlySet<number> {
  const key = `${country}/${region ?? ""}/${year}`;
  let dates = holidayYears.get(key);
  if (dates === undefined) {
    const found = new Set<number>();
    // `date` is the local calendar date ("2027-03-29 00:00:00"); `start` is a JS Date
    // (an instant), whose calendar date depends on the zone it is read in, so we
    // read `date`. Some half-days start at 14:00; they are never "public".
    for (const holiday of calendarOf(country, region).getHolidays(year)) {
      const day = holiday.type === "public" ? epochDayOfIso(holiday.date.slice(0, 10)) : undefined;
      if (day !== undefined) found.add(day);
    }
    dates = found;
    // Years come from the input, so bound the memo for long-lived processes.
    if (holidayYears.size >= 2_000) holidayYears.clear();
    holidayYears.set(key, dates);
  }
  return dates;
}

function publicHolidayLookup(place: Party["publicHolidays"]): (epochDay: number) => boolean {
  if (place === undefined) return () => false;
  const { country, region } = place;
  // A holiday of one year can be observed in the previous one (US New Year's Day
  // 2028 falls on a Saturday and is observed on Friday 31 December 2027).
  // This party's years, by number: the walk asks for each day, and building the
  // shared memo's key string each time cost more than the lookup itself.
  const years = new Map<number, ReadonlySet<number>>();
  const holidaysIn = (year: number) => {
    let dates = years.get(year);
    if (dates === undefined) {
      dates = publicHolidaysIn(country, region, year);
      years.set(year, dates);
    }
    return dates;
  };
  return (epochDay) => {
    const { year } = civilDateOf(epochDay);
    return holidaysIn(year).has(epochDay) || holidaysIn(year + 1).has(epochDay);
  };
}

export function workingDaysOf(party: Party): WorkingDays {
  const weekdaysOff = new Set<string>([...WEEKEND, ...(party.daysOff?.weekdays ?? [])]);
  const workedWeekdays = WEEKDAYS.map((weekday) => !weekdaysOff.has(weekday));
  const datesOff = new Set<number>();
  for (const off of party.daysOff?.dates ?? []) {
    const day = epochDayOfIso(off.date);
    if (day !== undefined) datesOff.add(day);
  }
  const isPublicHoliday = publicHolidayLookup(party.publicHolidays);
  const isWorkingEpochDay = (epochDay: number) =>
    workedWeekdays[weekdayIndexOf(epochDay)] === true &&
    !datesOff.has(epochDay) &&
    !isPublicHoliday(epochDay);
  return {
    isWorkingDay: (date) => isWorkingEpochDay(epochDayOf(date)),
    isWorkingEpochDay,
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
  const isWorking = workingDays.isWorkingEpochDay;
  let day = epochDayOf(start);
  let counted = 0;
  let daysOffInARow = 0;
  while (count === 0 ? !isWorking(day) : counted < count) {
    day += 1;
    if (isWorking(day)) {
      counted += 1;
      daysOffInARow = 0;
    } else if (++daysOffInARow > MAX_DAYS_OFF_IN_A_ROW) {
      throw new DeriveError(
        "NO_WORKING_DAYS",
        "The owner of this deadline never has a working day",
      );
    }
  }
  const { year, month, day: dayOfMonth } = civilDateOf(day);
  return new Temporal.PlainDate(year, month, dayOfMonth);
}

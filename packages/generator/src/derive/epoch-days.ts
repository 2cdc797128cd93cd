// Calendar dates as whole days since 1970-01-01 (proleptic Gregorian, like
// Temporal.PlainDate), so walking a calendar day by day is integer arithmetic.
// Business-day counting steps through hundreds of days per engagement; with
// Temporal objects each step allocated and re-validated a date.

export type CivilDate = { readonly year: number; readonly month: number; readonly day: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a civil date (Hinnant's days_from_civil; exact for any year). */
export function epochDayOf({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The civil date of a day since 1970-01-01 (Hinnant's civil_from_days). */
export function civilDateOf(epochDay: number): CivilDate {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days since 1970-01-01 of a YYYY-MM-DD string; undefined for anything else. */
export function epochDayOfIso(iso: string): number | undefined {
  const match = ISO_DATE.exec(iso);
  if (match === null) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const epochDay = epochDayOf(date);
  const back = civilDateOf(epochDay);
  // 2027-02-30 is no date: it would land on 2 March.
  return back.month === date.month && back.day === date.day ? epochDay : undefined;
}

/** 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday). */
export function weekdayIndexOf(epochDay: number): number {
  return (((epochDay + 3) % 7) + 7) % 7;
}

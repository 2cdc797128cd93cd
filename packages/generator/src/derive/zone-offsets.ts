import { Temporal } from "temporal-polyfill";

const NANOSECONDS_PER_HOUR = 3_600_000_000_000;

/** Hours `otherZone` is ahead of `ownZone` at `instant` (negative: behind; 5.5, 5.75 happen). */
export function differenceHoursAt(
  instant: Temporal.Instant,
  ownZone: string,
  otherZone: string,
): number {
  const own = instant.toZonedDateTimeISO(ownZone).offsetNanoseconds;
  const other = instant.toZonedDateTimeISO(otherZone).offsetNanoseconds;
  return (other - own) / NANOSECONDS_PER_HOUR;
}

/** Read once: a time given as text is parsed again on every use. */
const NOON = Temporal.PlainTime.from("12:00");

/** Noon in the owner's zone: the working-day moment that stands for a whole date. */
export function noonOf(date: Temporal.PlainDate, zone: string): Temporal.Instant {
  return date.toZonedDateTime({ timeZone: zone, plainTime: NOON }).toInstant();
}

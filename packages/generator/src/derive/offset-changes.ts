// Periods of the term in which the two zones are a different number of hours apart
// than on the issue date: Europe and the US switch to and from summer time on different
// Sundays, so London and New York are 4 hours apart for a few weeks in March and
// October/November. Found from each zone's own transitions (Temporal's
// getTimeZoneTransition), not by testing every day.
import { Temporal } from "temporal-polyfill";
import type { OfficeHoursFacts } from "../facts.js";
import { differenceHoursAt, noonOf } from "./zone-offsets.js";
import { dateText } from "./date-text.js";

export type OffsetChange = OfficeHoursFacts["offsetChanges"][number];

/** A zone switches a few times a year; this bounds the scan for zones gone wild. */
const MAX_TRANSITIONS_PER_ZONE = 1000;

function transitionsOf(
  zone: string,
  from: Temporal.Instant,
  until: Temporal.Instant,
): Temporal.Instant[] {
  const found: Temporal.Instant[] = [];
  let moment: Temporal.ZonedDateTime | null = from.toZonedDateTimeISO(zone);
  while (found.length < MAX_TRANSITIONS_PER_ZONE) {
    moment = moment.getTimeZoneTransition("next");
    if (moment === null || Temporal.Instant.compare(moment.toInstant(), until) > 0) break;
    found.push(moment.toInstant());
  }
  return found;
}

type Period = { readonly from: Temporal.PlainDate; readonly differenceHours: number };

/**
 * The first owner's date whose noon falls at or after `instant`: from that date on the
 * new offset holds for the working day. Both US zones switch at 02:00 local time, three
 * hours apart; measured at noon that night-time blip disappears, as it should.
 */
function firstNoonFrom(instant: Temporal.Instant, zone: string): Temporal.PlainDate {
  const date = instant.toZonedDateTimeISO(zone).toPlainDate();
  return Temporal.Instant.compare(instant, noonOf(date, zone)) <= 0 ? date : date.add({ days: 1 });
}

/** Periods of constant difference (as at noon), starting on the term's first day. */
function periodsOf(
  zones: { readonly own: string; readonly other: string },
  term: { readonly start: Temporal.PlainDate; readonly end: Temporal.PlainDate },
): Period[] {
  const from = term.start.toZonedDateTime({ timeZone: zones.own }).toInstant();
  const until = term.end.add({ days: 1 }).toZonedDateTime({ timeZone: zones.own }).toInstant();
  const switchDates = [
    ...transitionsOf(zones.own, from, until),
    ...transitionsOf(zones.other, from, until),
  ]
    .map((instant) => firstNoonFrom(instant, zones.own))
    .filter((date) => Temporal.PlainDate.compare(date, term.end) <= 0)
    .sort(Temporal.PlainDate.compare);
  const periods: Period[] = [];
  for (const date of [term.start, ...switchDates]) {
    const differenceHours = differenceHoursAt(noonOf(date, zones.own), zones.own, zones.other);
    if (periods.at(-1)?.differenceHours !== differenceHours)
      periods.push({ from: date, differenceHours });
  }
  return periods;
}

/**
 * Dates are the owner's calendar dates, both inclusive: `from` is the first day whose
 * noon has the new difference, `until` the last one before it changes again.
 */
export function offsetChanges(
  zones: { readonly own: string; readonly other: string },
  issuedOn: Temporal.PlainDate,
  term: { readonly start: Temporal.PlainDate; readonly end: Temporal.PlainDate },
  // The difference at noon on the issue date, when the caller has it already.
  onIssue = differenceHoursAt(noonOf(issuedOn, zones.own), zones.own, zones.other),
): OffsetChange[] {
  const periods = periodsOf(zones, term);
  return periods.flatMap((period, index) => {
    const next = periods[index + 1];
    const until = next === undefined ? term.end : next.from.subtract({ days: 1 });
    if (period.differenceHours === onIssue) return [];
    return [
      {
        from: dateText(period.from, "a change of clocks", "/schedule"),
        until: dateText(until, "a change of clocks", "/schedule"),
        differenceHours: period.differenceHours,
      },
    ];
  });
}

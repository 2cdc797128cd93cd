// Office-hours windows as the other party reads them: each weekday of the window is
// placed on its date in the issue date's week (Monday to Sunday), converted as a real
// instant with Temporal (so DST is exact for that week), then the days are regrouped.
// A window can land on another weekday (Monday 08:00 in Sydney is Sunday 21:00 in London
// in January) and can start or stop crossing midnight.
import type { OfficeHoursWindow, Weekday } from "@clausework/schema";
import { Temporal } from "temporal-polyfill";
import type { TimeWindow } from "../facts.js";
import { dateInWeekOf, weekdayOf } from "./weekdays.js";

export function crossesMidnight(from: string, to: string): boolean {
  return to < from;
}

export function asWritten(window: OfficeHoursWindow): TimeWindow {
  return {
    days: [...window.days],
    from: window.from,
    to: window.to,
    crossesMidnight: crossesMidnight(window.from, window.to),
  };
}

function hoursMinutes(moment: Temporal.ZonedDateTime): string {
  return moment.toPlainTime().toString({ smallestUnit: "minute" });
}

type ConvertedDay = Omit<TimeWindow, "days"> & { readonly day: Weekday };

function convertDay(
  window: OfficeHoursWindow,
  date: Temporal.PlainDate,
  zones: { readonly own: string; readonly other: string },
): ConvertedDay {
  const endDate = crossesMidnight(window.from, window.to) ? date.add({ days: 1 }) : date;
  const start = date
    .toZonedDateTime({ timeZone: zones.own, plainTime: window.from })
    .withTimeZone(zones.other);
  const end = endDate
    .toZonedDateTime({ timeZone: zones.own, plainTime: window.to })
    .withTimeZone(zones.other);
  return {
    day: weekdayOf(start),
    from: hoursMinutes(start),
    to: hoursMinutes(end),
    crossesMidnight: Temporal.PlainDate.compare(end.toPlainDate(), start.toPlainDate()) > 0,
  };
}

/** One written window in the other zone; several when a DST switch in that week splits it. */
function convertWindow(
  window: OfficeHoursWindow,
  issuedOn: Temporal.PlainDate,
  zones: { readonly own: string; readonly other: string },
): TimeWindow[] {
  const groups = new Map<string, { window: Omit<TimeWindow, "days">; days: Weekday[] }>();
  for (const weekday of window.days) {
    const { day, ...times } = convertDay(window, dateInWeekOf(issuedOn, weekday), zones);
    const key = `${times.from}-${times.to}-${times.crossesMidnight}`;
    const group = groups.get(key) ?? { window: times, days: [] };
    group.days.push(day);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => ({ days: group.days, ...group.window }));
}

export function convertWindows(
  windows: readonly OfficeHoursWindow[],
  issuedOn: Temporal.PlainDate,
  zones: { readonly own: string; readonly other: string },
): TimeWindow[] {
  return windows.flatMap((window) => convertWindow(window, issuedOn, zones));
}

// Office-hours windows as the other party reads them. Every window is moved by one
// difference: the zones' difference at noon on the issue date, the same one the
// documents state and the one "offset changes during the term" notes compare
// against. Converting each weekday on its own date would split a window in two
// whenever a DST switch falls inside the issue week ("Friday 03:00-11:00, Sunday
// 04:00-12:00"), which reads as two different promises and matches neither the
// stated difference nor the notes. A window can land on another weekday (Monday
// 08:00 in Sydney is Sunday 21:00 in London in January) and can start or stop
// crossing midnight; the days move together.
import type { OfficeHoursWindow, Weekday } from "@clausework/schema";
import type { Temporal } from "temporal-polyfill";
import type { TimeWindow } from "../facts.js";
import { WEEKDAYS } from "./weekdays.js";
import { differenceHoursAt, noonOf } from "./zone-offsets.js";

const MINUTES_PER_DAY = 24 * 60;

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

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return hours * 60 + minutes;
}

function timeOf(minutes: number): string {
  const inDay = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}`;
}

function shiftDay(day: Weekday, days: number): Weekday {
  const index = (((WEEKDAYS.indexOf(day) + days) % 7) + 7) % 7;
  return WEEKDAYS[index] ?? day;
}

/** One written window in the other zone, `difference` minutes ahead of the owner's. */
function convertWindow(window: OfficeHoursWindow, difference: number): TimeWindow {
  const start = minutesOf(window.from) + difference;
  const length =
    minutesOf(window.to) -
    minutesOf(window.from) +
    (crossesMidnight(window.from, window.to) ? MINUTES_PER_DAY : 0);
  const end = start + length;
  const dayShift = Math.floor(start / MINUTES_PER_DAY);
  return {
    days: window.days.map((day) => shiftDay(day, dayShift)),
    from: timeOf(start),
    to: timeOf(end),
    crossesMidnight: Math.floor(end / MINUTES_PER_DAY) > dayShift,
  };
}

/** `hours`: the difference at noon on the issue date, when the caller has it already. */
export function convertWindows(
  windows: readonly OfficeHoursWindow[],
  issuedOn: Temporal.PlainDate,
  zones: { readonly own: string; readonly other: string },
  hours = differenceHoursAt(noonOf(issuedOn, zones.own), zones.own, zones.other),
): TimeWindow[] {
  const difference = Math.round(hours * 60);
  return windows.map((window) => convertWindow(window, difference));
}

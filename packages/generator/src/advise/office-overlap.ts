// How long two parties' office hours overlap, both given in one time zone. The week is
// a ring of minutes (Sunday night runs into Monday morning), so a window that crosses
// midnight simply continues into the next day.
import type { Weekday } from "@clausework/schema";
import type { TimeWindow } from "../facts.js";

const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
const DAY_INDEX: Readonly<Record<Weekday, number>> = {
  mon: 0,
  tue: 1,
  wed: 2,
  thu: 3,
  fri: 4,
  sat: 5,
  sun: 6,
};

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return hours * 60 + minutes;
}

function weekMinutes(windows: readonly TimeWindow[]): Uint8Array {
  const week = new Uint8Array(MINUTES_PER_WEEK);
  for (const window of windows) {
    const from = minutesOf(window.from);
    const length = (minutesOf(window.to) - from + MINUTES_PER_DAY) % MINUTES_PER_DAY;
    for (const day of window.days) {
      const start = (DAY_INDEX[day] * MINUTES_PER_DAY + from) % MINUTES_PER_WEEK;
      const end = start + length;
      // Whole runs at once; a window past Sunday midnight goes on from Monday 00:00.
      week.fill(1, start, Math.min(end, MINUTES_PER_WEEK));
      if (end > MINUTES_PER_WEEK) week.fill(1, 0, end - MINUTES_PER_WEEK);
    }
  }
  return week;
}

/** The longest stretch of minutes in which both sets of windows are open. */
export function longestOverlapMinutes(
  left: readonly TimeWindow[],
  right: readonly TimeWindow[],
): number {
  const a = weekMinutes(left);
  const b = weekMinutes(right);
  let longest = 0;
  let run = 0;
  // Twice round the ring, so a stretch across Sunday midnight is counted whole.
  for (let index = 0; index < 2 * MINUTES_PER_WEEK; index += 1) {
    const minute = index < MINUTES_PER_WEEK ? index : index - MINUTES_PER_WEEK;
    if (a[minute] === 1 && b[minute] === 1) {
      run += 1;
      if (run > longest) longest = run;
    } else run = 0;
  }
  return Math.min(longest, MINUTES_PER_WEEK);
}

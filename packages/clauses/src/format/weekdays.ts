import { ClauseError } from "../errors.js";
import { cached } from "./intl-cache.js";
import { formatList } from "./list.js";

export type WeekdayName = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

export const WEEKDAYS: readonly WeekdayName[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** 2024-01-01 was a Monday: day `index` of that week, at noon UTC. */
function weekdayName(index: number, locale: string): string {
  const format = cached(`weekday|${locale}`, () => {
    return new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  });
  return format.format(Date.UTC(2024, 0, 1 + index, 12));
}

/** Consecutive runs of day indexes: [0,1,2,4] → [[0,2],[4,4]]. */
function runs(indexes: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const index of indexes) {
    const last = out.at(-1);
    if (last !== undefined && last[1] === index - 1) last[1] = index;
    else out.push([index, index]);
  }
  return out;
}

/**
 * ["mon".."fri"] → "Monday to Friday"; ["mon","wed","fri"] → "Monday, Wednesday and
 * Friday". Runs of three or more days read as ranges.
 */
export function formatWeekdays(days: readonly string[], locale: string): string {
  const indexes = days.map((day) => {
    const index = WEEKDAYS.indexOf(day as WeekdayName);
    if (index < 0) throw new ClauseError(`weekdays: "${day}" is not a weekday`);
    return index;
  });
  const sorted = [...new Set(indexes)].sort((left, right) => left - right);
  const parts = runs(sorted).flatMap(([first, last]) => {
    if (last - first >= 2) return [`${weekdayName(first, locale)} to ${weekdayName(last, locale)}`];
    const names = [weekdayName(first, locale)];
    if (last !== first) names.push(weekdayName(last, locale));
    return names;
  });
  return formatList(parts, locale);
}

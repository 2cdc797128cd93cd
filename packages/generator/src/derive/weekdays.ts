import type { Weekday } from "@clausework/schema";
import type { Temporal } from "temporal-polyfill";

/** In ISO order: index 0 is Monday, matching Temporal's dayOfWeek 1. */
export const WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export function weekdayOf(date: Temporal.PlainDate | Temporal.ZonedDateTime): Weekday {
  const weekday = WEEKDAYS[date.dayOfWeek - 1];
  if (weekday === undefined) throw new RangeError(`No ISO weekday ${date.dayOfWeek}`);
  return weekday;
}

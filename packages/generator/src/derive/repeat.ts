import type { Milestone } from "@clausework/schema";
import { Temporal } from "temporal-polyfill";

export type Repeat = NonNullable<Milestone["repeat"]>;

const STEP: Readonly<Record<Repeat["every"], Temporal.DurationLike>> = {
  week: { weeks: 1 },
  fortnight: { weeks: 2 },
  month: { months: 1 },
  quarter: { months: 3 },
};

/**
 * The `index`-th occurrence (0-based) of a cadence that starts on `first`. Counted from
 * the first date every time, not from the previous occurrence, so month ends do not
 * drift: monthly from 31 January is 28 (or 29) February, then 31 March, not 28 March.
 * Temporal clamps to the last day of a shorter month.
 */
export function occurrenceOn(
  first: Temporal.PlainDate,
  every: Repeat["every"],
  index: number,
): Temporal.PlainDate {
  const step = Temporal.Duration.from(STEP[every]);
  return first.add({ weeks: step.weeks * index, months: step.months * index });
}

/** All occurrences; one date for a milestone that does not repeat. */
export function occurrences(
  first: Temporal.PlainDate,
  repeat: Repeat | undefined,
): Temporal.PlainDate[] {
  if (repeat === undefined) return [first];
  return Array.from({ length: repeat.times }, (_, index) =>
    occurrenceOn(first, repeat.every, index),
  );
}

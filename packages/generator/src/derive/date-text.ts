// Dates leave derive as YYYY-MM-DD text, which every clause and format expects.
// A date after 9999-12-31 has no such text (Temporal writes "+010000-01-03"):
// an engagement issued late in 9999, or a long enough chain of milestones,
// would reach the clauses with it. It is the input's doing, so it is refused
// here as a DeriveError naming the field that leads there, not left to crash.
import type { Temporal } from "temporal-polyfill";
import { DeriveError } from "./errors.js";

const LAST_YEAR = 9999;

/** The date as YYYY-MM-DD; `what` and `pointer` name it when it is out of range. */
export function dateText(date: Temporal.PlainDate, what: string, pointer: string): string {
  if (date.year > LAST_YEAR) {
    throw new DeriveError(
      "DATE_OUT_OF_RANGE",
      `${what} would fall in the year ${date.year}; dates can go up to ${LAST_YEAR}-12-31`,
      pointer,
    );
  }
  return date.toString();
}

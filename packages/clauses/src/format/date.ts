import { ClauseError } from "../errors.js";
import { cached } from "./intl-cache.js";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds of midnight UTC on an ISO date; throws on anything else. */
export function utcMidnight(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (match === null) throw new ClauseError(`date: "${iso}" is not a YYYY-MM-DD date`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const time = Date.UTC(year, month - 1, day);
  if (new Date(time).getUTCDate() !== day) throw new ClauseError(`date: "${iso}" does not exist`);
  return time;
}

/**
 * Dates already formatted, by locale and date: a document prints the same few dates
 * many times (schedule, clauses, notices), and Intl formatting is slow. The answer
 * never changes; bounded, because dates come from the input.
 */
const formatted = new Map<string, Map<string, string>>();
let formattedCount = 0;
const MAX_FORMATTED = 5_000;

/**
 * "15 January 2027" (en-GB), "January 15, 2027" (en-US). Formatted in UTC so the
 * machine's own time zone never shifts the day.
 */
export function formatDate(iso: string, locale: string): string {
  const known = formatted.get(locale)?.get(iso);
  if (known !== undefined) return known;
  const format = cached(`date|${locale}`, () => {
    return new Intl.DateTimeFormat(locale, {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
  });
  const text = format.format(utcMidnight(iso));
  if (formattedCount >= MAX_FORMATTED) {
    formatted.clear();
    formattedCount = 0;
  }
  const byDate = formatted.get(locale) ?? new Map<string, string>();
  byDate.set(iso, text);
  formatted.set(locale, byDate);
  formattedCount += 1;
  return text;
}

import { ClauseError } from "../errors.js";
import { cached, rememberedText } from "./intl-cache.js";

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
 * "15 January 2027" (en-GB), "January 15, 2027" (en-US). Formatted in UTC so the
 * machine's own time zone never shifts the day.
 */
export function formatDate(iso: string, locale: string): string {
  return rememberedText("date", locale, iso, () => {
    const format = cached(`date|${locale}`, () => {
      return new Intl.DateTimeFormat(locale, {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      });
    });
    return format.format(utcMidnight(iso));
  });
}

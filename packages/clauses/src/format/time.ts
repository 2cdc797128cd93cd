import { ClauseError } from "../errors.js";
import { cached, rememberedText } from "./intl-cache.js";
import { formatWeekdays, type WeekdayName } from "./weekdays.js";

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "09:00" (en-GB), "9:00 AM" (en-US). */
export function formatTime(hhmm: string, locale: string): string {
  const match = HH_MM.exec(hhmm);
  if (match === null) throw new ClauseError(`time: "${hhmm}" is not an HH:MM time`);
  return rememberedText("time", locale, hhmm, () => {
    const format = cached(`time|${locale}`, () => {
      const options = { hour: "numeric", minute: "2-digit", timeZone: "UTC" } as const;
      const numeric = new Intl.DateTimeFormat(locale, options);
      // 24-hour clocks read "09:00", 12-hour ones "9:00 AM".
      const twentyFour = ["h23", "h24"].includes(numeric.resolvedOptions().hourCycle ?? "");
      return twentyFour
        ? new Intl.DateTimeFormat(locale, { ...options, hour: "2-digit" })
        : numeric;
    });
    return format.format(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])));
  });
}

export type WindowLike = {
  readonly days: readonly WeekdayName[];
  readonly from: string;
  readonly to: string;
  readonly crossesMidnight: boolean;
};

function sameDays(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((day, index) => day === right[index]);
}

/**
 * "Monday to Friday, 09:00–17:00 London time"; a window past midnight says so.
 * With a `reference` window on the same days, the days are left out, as in the
 * brackets of "09:00–17:00 London time (04:00–12:00 New York time)".
 */
export function formatWindow(
  window: WindowLike,
  timeZone: string,
  locale: string,
  reference?: WindowLike,
): string {
  const times = `${formatTime(window.from, locale)}–${formatTime(window.to, locale)} ${zoneLabel(timeZone)} time`;
  const nextDay = window.crossesMidnight ? ", ending the next day" : "";
  if (reference !== undefined && sameDays(window.days, reference.days)) return times + nextDay;
  return `${formatWeekdays(window.days, locale)}, ${times}${nextDay}`;
}

/** "Europe/London" → "London", "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneLabel(timeZone: string): string {
  const city = timeZone.split("/").at(-1) ?? timeZone;
  return city.replace(/_/g, " ");
}

import { Temporal } from "temporal-polyfill";
import type { ResolvedEngagement } from "../resolve.js";

/**
 * The last day of a term of `months` months that starts on `start`: the day before the
 * same date `months` later (1 March + 1 month ends 31 March), and when that month has no
 * such date, its last day (31 January + 1 month ends 28 or 29 February), as German law
 * counts month periods (BGB 188). Consecutive terms then tile without gaps or overlap.
 */
export function termEnd(start: Temporal.PlainDate, months: number): Temporal.PlainDate {
  const sameDateLater = start.add({ months }); // Temporal clamps 31 Jan + 1 month to 28/29 Feb
  const clamped = sameDateLater.day < start.day;
  return clamped ? sameDateLater : sameDateLater.subtract({ days: 1 });
}

export type TermDates = {
  readonly issuedOn: Temporal.PlainDate;
  readonly offerExpiresOn?: Temporal.PlainDate;
  readonly startDate: Temporal.PlainDate;
  readonly endDate?: Temporal.PlainDate;
  readonly reviewOn?: Temporal.PlainDate;
};

export function termDates(engagement: ResolvedEngagement): TermDates {
  const { schedule } = engagement;
  const issuedOn = Temporal.PlainDate.from(engagement.issuedOn);
  const startDate = Temporal.PlainDate.from(schedule.startDate);
  // resolve turns validForDays into validUntil; derive accepts either in case it did not.
  const offerExpiresOn =
    engagement.validUntil !== undefined
      ? Temporal.PlainDate.from(engagement.validUntil)
      : engagement.validForDays !== undefined
        ? issuedOn.add({ days: engagement.validForDays })
        : undefined;
  const endDate =
    schedule.endDate !== undefined
      ? Temporal.PlainDate.from(schedule.endDate)
      : schedule.termMonths !== undefined
        ? termEnd(startDate, schedule.termMonths)
        : undefined;
  const reviewOn =
    schedule.reviewAfterMonths === undefined
      ? undefined
      : startDate.add({ months: schedule.reviewAfterMonths });
  return {
    issuedOn,
    startDate,
    ...(offerExpiresOn === undefined ? {} : { offerExpiresOn }),
    ...(endDate === undefined ? {} : { endDate }),
    ...(reviewOn === undefined ? {} : { reviewOn }),
  };
}

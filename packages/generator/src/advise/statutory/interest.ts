// Late-payment interest as a yearly rate, in integer ten-thousandths of a percent (see
// format.ts), so comparisons with the statutory rate are exact.
import { percentUnits } from "../format.js";

const PERIODS_PER_YEAR = { day: 365, week: 52, month: 12, year: 1 } as const;

/** A percentage late fee per day, week, month or year as a yearly rate; undefined otherwise. */
export function yearlyLateFeeUnits(
  percent: number | undefined,
  per: string | undefined,
): number | undefined {
  if (percent === undefined || per === undefined || !Object.hasOwn(PERIODS_PER_YEAR, per)) {
    return undefined;
  }
  return percentUnits(percent) * PERIODS_PER_YEAR[per as keyof typeof PERIODS_PER_YEAR];
}

/** The statutory yearly rate: the reference rate plus the margin in percentage points. */
export function statutoryRateUnits(referenceRatePercent: number, marginPoints: number): number {
  return percentUnits(referenceRatePercent) + percentUnits(marginPoints);
}

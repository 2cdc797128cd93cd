// derive: the facts every document states, computed once from a resolved engagement.
// Pure: the same engagement gives the same facts; no clock, no files, no locale of the
// machine. Dates by Temporal, holidays by date-holidays, money by dinero.js.
import type { DatedMilestone, Facts } from "../facts.js";
import type { ResolvedEngagement } from "../resolve.js";
import { datedMilestones } from "./milestones.js";
import { moneyFacts } from "./money-facts.js";
import { officeHoursFacts } from "./office-hours.js";
import { termDates, termEnd } from "./term-dates.js";
import { dateText } from "./date-text.js";

export { DeriveError, type DeriveErrorCode } from "./errors.js";

/** Open-ended engagements: offset changes are reported for this many months. */
const OPEN_ENDED_MONTHS = 12;

function firstOccurrences(milestones: readonly DatedMilestone[]) {
  const first = new Map<string, { dueOn: string; title: string }>();
  for (const milestone of milestones) {
    // Sorted by date, so the first one seen for an id is its first occurrence.
    if (!first.has(milestone.id)) first.set(milestone.id, milestone);
  }
  return (id: string) => first.get(id);
}

export function derive(resolved: ResolvedEngagement): Facts {
  const dates = termDates(resolved);
  const milestones = datedMilestones(resolved);
  const lastDelivery = milestones.filter((milestone) => milestone.owner === "freelancer").at(-1);
  const endDate =
    dates.endDate === undefined
      ? undefined
      : dateText(dates.endDate, "the end of the term", "/schedule");
  const completionOn = endDate ?? lastDelivery?.dueOn;
  const officeDates = {
    issuedOn: dates.issuedOn,
    term: {
      start: dates.startDate,
      end: dates.endDate ?? termEnd(dates.startDate, OPEN_ENDED_MONTHS),
    },
  };
  const freelancerHours = officeHoursFacts(
    "freelancer",
    resolved.freelancer,
    resolved.client,
    officeDates,
  );
  const clientHours = officeHoursFacts("client", resolved.client, resolved.freelancer, officeDates);
  return {
    issuedOn: dates.issuedOn.toString(),
    ...(dates.offerExpiresOn === undefined
      ? {}
      : {
          offerExpiresOn: dateText(dates.offerExpiresOn, "the end of the offer", "/validForDays"),
        }),
    startDate: dates.startDate.toString(),
    ...(endDate === undefined ? {} : { endDate }),
    ...(dates.reviewOn === undefined
      ? {}
      : { reviewOn: dateText(dates.reviewOn, "the review", "/schedule/reviewAfterMonths") }),
    milestones,
    officeHours: {
      ...(freelancerHours === undefined ? {} : { freelancer: freelancerHours }),
      ...(clientHours === undefined ? {} : { client: clientHours }),
    },
    money: moneyFacts(resolved, {
      start: dates.startDate,
      startDate: dates.startDate.toString(),
      ...(completionOn === undefined ? {} : { completionOn }),
      milestone: firstOccurrences(milestones),
    }),
    pageSize: resolved.pageSize,
  };
}

import { businessDayFindings } from "./business-day-checks.js";
import { customClauseFindings } from "./custom-clause-checks.js";
import { error, warning, type Finding } from "./diagnostic.js";
import type { Engagement } from "./engagement.generated.js";
import { holidayFindings } from "./holiday-checks.js";
import { localeFindings } from "./locale-checks.js";
import { milestoneFindings } from "./milestone-checks.js";
import { pageFindings } from "./page-estimate.js";
import { paymentFindings } from "./payment-checks.js";

// Rules the schema cannot express, run once the schema passes, so the input
// has the generated types. Messages name the JSON fields, as a reader of the
// file sees them.

export function semanticFindings(engagement: Engagement): Finding[] {
  return [
    ...offerFindings(engagement),
    ...scheduleFindings(engagement),
    ...handoverFindings(engagement),
    ...rightsFindings(engagement),
    ...localeFindings(engagement),
    ...milestoneFindings(engagement),
    ...businessDayFindings(engagement),
    ...holidayFindings(engagement),
    ...paymentFindings(engagement),
    ...customClauseFindings(engagement),
    ...pageFindings(engagement),
  ];
}

/** ISO dates compare correctly as text. */
function dateOrder(
  pointer: string,
  later: string,
  laterDate: string,
  earlier: string,
  earlierDate: string,
): Finding[] {
  if (laterDate >= earlierDate) return [];
  return [
    error(
      "DATE_ORDER",
      pointer,
      `${later} must be on or after ${earlier}: ${laterDate} is before ${earlierDate}`,
      `check ${later} and ${earlier}`,
    ),
  ];
}

function offerFindings(engagement: Engagement): Finding[] {
  const findings: Finding[] = [];
  if (engagement.validUntil !== undefined && engagement.validForDays !== undefined) {
    findings.push(
      error(
        "CONFLICT",
        "/validForDays",
        "give validUntil or validForDays, not both",
        "validUntil is a date; validForDays counts days from issuedOn",
      ),
    );
  }
  if (engagement.validUntil !== undefined) {
    findings.push(
      ...dateOrder(
        "/validUntil",
        "validUntil",
        engagement.validUntil,
        "issuedOn",
        engagement.issuedOn,
      ),
    );
  }
  return findings;
}

function scheduleFindings(engagement: Engagement): Finding[] {
  const { startDate, endDate } = engagement.schedule;
  return endDate === undefined
    ? []
    : dateOrder("/schedule/endDate", "endDate", endDate, "startDate", startDate);
}

/** A handover comes after the work starts, and questions are answered after it, not before. */
function handoverFindings(engagement: Engagement): Finding[] {
  const { handover } = engagement;
  if (handover === undefined) return [];
  const { transitionDate } = handover;
  const until = handover.afterHandover?.until;
  return [
    ...dateOrder(
      "/handover/transitionDate",
      "handover.transitionDate",
      transitionDate,
      "schedule.startDate",
      engagement.schedule.startDate,
    ),
    ...(until === undefined
      ? []
      : dateOrder(
          "/handover/afterHandover/until",
          "handover.afterHandover.until",
          until,
          "handover.transitionDate",
          transitionDate,
        )),
  ];
}

function rightsFindings(engagement: Engagement): Finding[] {
  const rights = engagement.rights;
  if (rights === undefined) return [];
  if (rights.portfolio === "after-date" && rights.portfolioAfter === undefined) {
    return [
      error(
        "REQUIRED",
        "/rights/portfolioAfter",
        "portfolioAfter is required when portfolio is after-date",
        "give the date after which the work may be shown",
      ),
    ];
  }
  if (rights.portfolio !== "after-date" && rights.portfolioAfter !== undefined) {
    return [
      warning(
        "IGNORED_FIELD",
        "/rights/portfolioAfter",
        "portfolioAfter is ignored unless portfolio is after-date",
      ),
    ];
  }
  return [];
}

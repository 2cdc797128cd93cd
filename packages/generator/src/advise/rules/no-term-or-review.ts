import type { Engagement } from "@clausework/schema";
import { Temporal } from "temporal-polyfill";
import type { Facts } from "../../facts.js";
import { defineRule } from "../define-rule.js";
import type { Finding } from "../types.js";

/** domain.md: a term with a built-in review after 6 to 12 months. */
const REVIEW_MONTHS = { min: 6, max: 12 } as const;

const PERIOD_MODELS = new Set(["retainer", "week-rate", "month-rate"]);

function isOngoing(engagement: Engagement): boolean {
  const repeats = (engagement.schedule.milestones ?? []).some((m) => m.repeat !== undefined);
  return repeats || PERIOD_MODELS.has(engagement.fees.model);
}

/** A term no longer than the longest usual review needs no review of its own: its end is one. */
function termOutlastsReview(facts: Facts): boolean {
  if (facts.endDate === undefined) return true;
  const reviewBy = Temporal.PlainDate.from(facts.startDate).add({ months: REVIEW_MONTHS.max });
  return Temporal.PlainDate.compare(Temporal.PlainDate.from(facts.endDate), reviewBy) > 0;
}

function reviewOutOfRange(months: number): Finding[] {
  if (months >= REVIEW_MONTHS.min && months <= REVIEW_MONTHS.max) return [];
  return [
    {
      pointer: "/schedule/reviewAfterMonths",
      severity: "info",
      message: `The review comes after ${months} months. 6 to 12 months is usual: sooner leaves no time to see results, later keeps an outgrown rate for too long.`,
      hint: `Set "reviewAfterMonths" between ${REVIEW_MONTHS.min} and ${REVIEW_MONTHS.max}.`,
    },
  ];
}

export const noTermOrReview = defineRule({
  id: "no-term-or-review",
  severity: "warning",
  title: "Ongoing work without a term or a review",
  check(engagement, facts) {
    const { schedule } = engagement;
    const review = schedule.reviewAfterMonths;
    const findings = review === undefined ? [] : reviewOutOfRange(review);
    if (!isOngoing(engagement)) return findings;
    if (schedule.termMonths === undefined && schedule.endDate === undefined) {
      findings.push({
        pointer: "/schedule/termMonths",
        message:
          "This is ongoing work without a term. An open-ended engagement never comes up for renewal, so rates and scope drift.",
        hint: 'Add "termMonths" (e.g. 12) or an "endDate".',
      });
    }
    if (review === undefined && termOutlastsReview(facts)) {
      findings.push({
        pointer: "/schedule/reviewAfterMonths",
        message:
          "Ongoing work has no review date. A review after 6 to 12 months is when rates and scope are renegotiated.",
        hint: 'Add "reviewAfterMonths" (e.g. 6).',
      });
    }
    return findings;
  },
});

import type { Engagement } from "@clausework/schema";
import { defineRule } from "../define-rule.js";
import { freelanceAct, underFreelanceAct } from "../statutory/freelance-act.js";
import type { Finding } from "../types.js";

const UNIT_RATES = new Set(["hourly", "day-rate", "week-rate"]);

function unitRateWithoutEstimate(engagement: Engagement, source: string): Finding[] {
  const { fees } = engagement;
  if (!UNIT_RATES.has(fees.model) || fees.estimatedUnits !== undefined) return [];
  return [
    {
      pointer: "/fees/estimatedUnits",
      message: `New York's Freelance Isn't Free Act requires the value of the services in the contract (${source}); a rate without an estimate of the units does not state it.`,
      hint: 'Add "estimatedUnits" so the contract states the estimated total.',
    },
  ];
}

/**
 * The schema has no price per deliverable, so we accept a fee as itemised when it is
 * split into at least as many instalments as there are deliverables (one per delivery)
 * or when there is only one deliverable. Anything else is a gentle note, not a warning.
 */
function oneFeeForMany(engagement: Engagement, source: string): Finding[] {
  const deliverables = engagement.deliverables.length;
  if (deliverables < 2 || (engagement.fees.instalments ?? []).length >= deliverables) return [];
  return [
    {
      pointer: "/fees",
      severity: "info",
      message: `One fee covers ${deliverables} deliverables. The Act asks for an itemisation of the services with their value (${source}).`,
      hint: "Split the fee into an instalment per deliverable, or state the value of each deliverable in its description.",
    },
  ];
}

export const usNyItemisedFee = defineRule({
  id: "us-ny-itemised-fee",
  severity: "warning",
  title: "New York: the value of the services is not itemised",
  check(engagement, facts) {
    const act = freelanceAct(engagement, facts);
    if (act === undefined) return [];
    return [
      ...unitRateWithoutEstimate(engagement, act.source),
      ...oneFeeForMany(engagement, act.source),
    ].map((finding) => underFreelanceAct(act, finding));
  },
});

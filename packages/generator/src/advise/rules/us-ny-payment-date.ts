import { defineRule } from "../define-rule.js";
import { freelanceAct, underFreelanceAct } from "../statutory/freelance-act.js";
import { statutoryFigure } from "../statutory/profiles.js";

export const usNyPaymentDate = defineRule({
  id: "us-ny-payment-date",
  severity: "warning",
  title: "New York: no payment date",
  check(engagement, facts) {
    const act = freelanceAct(engagement, facts);
    const fallback = statutoryFigure(engagement.jurisdiction, "defaultPaymentDays")?.figure;
    if (act === undefined || fallback === undefined) return [];
    if (engagement.fees.netDays !== undefined) return [];
    if (facts.money.instalments.some((instalment) => instalment.dueOn !== undefined)) return [];
    return [
      underFreelanceAct(act, {
        pointer: "/fees/netDays",
        message: `New York's Freelance Isn't Free Act requires the date the client pays, or how it is set (${act.source}). The contract sets none, so payment would be due ${fallback.value} days after ${fallback.after} (${fallback.source}).`,
        hint: 'Add "netDays" (days after the invoice) or instalments due on dates or milestones.',
      }),
    ];
  },
});

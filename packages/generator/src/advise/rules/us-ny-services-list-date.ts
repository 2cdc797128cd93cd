import { defineRule } from "../define-rule.js";
import { isInvoiceMilestone } from "../invoice-milestone.js";
import { freelanceAct, underFreelanceAct } from "../statutory/freelance-act.js";

// The schema has no field for the date of the list of services rendered yet, so a
// freelancer milestone that names an invoice or a list of services counts as that date.
export const usNyServicesListDate = defineRule({
  id: "us-ny-services-list-date",
  severity: "warning",
  title: "New York: no date for the list of services rendered",
  check(engagement, facts) {
    const act = freelanceAct(engagement, facts);
    if (act === undefined) return [];
    const named = (engagement.schedule.milestones ?? []).some(
      (milestone) => milestone.owner === "freelancer" && isInvoiceMilestone(milestone),
    );
    if (named) return [];
    return [
      underFreelanceAct(act, {
        pointer: "/schedule/milestones",
        message: `New York's Freelance Isn't Free Act requires the date by which you submit a list of services rendered, so the client can pay on time (${act.source}). No deadline of yours names it.`,
        hint: 'Add a freelancer milestone such as "Invoice and list of services rendered", e.g. 2 days after each delivery.',
      }),
    ];
  },
});

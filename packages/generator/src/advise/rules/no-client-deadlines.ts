import { defineRule } from "../define-rule.js";

export const noClientDeadlines = defineRule({
  id: "no-client-deadlines",
  severity: "warning",
  title: "The client has no deadlines",
  check(engagement) {
    const milestones = engagement.schedule.milestones ?? [];
    if (milestones.some((milestone) => milestone.owner === "client")) return [];
    return [
      {
        pointer: milestones.length > 0 ? "/schedule/milestones" : "/schedule",
        message:
          "The client has no deadlines. Deadlines bind both parties: add the inputs you need from the client (materials, feedback, an interview) as client milestones.",
        hint: 'Add a milestone with "owner": "client", and let your own deadlines follow it with "after" and "days", so they move when the client is late.',
      },
    ];
  },
});

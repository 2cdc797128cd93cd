import { defineRule } from "../define-rule.js";

export const noTermination = defineRule({
  id: "no-termination",
  severity: "warning",
  title: "No terms for ending early",
  check(engagement) {
    if (engagement.fees.termination !== undefined) return [];
    return [
      {
        pointer: "/fees/termination",
        message:
          "The contract does not say what happens if the engagement ends before completion: the notice to give, that work done is paid, and any kill fee.",
        hint: 'Add "termination" with "noticeDays", "owed" (e.g. "all work done to date") and a "killFee".',
      },
    ];
  },
});

import { defineRule } from "../define-rule.js";

export const noLateFee = defineRule({
  id: "no-late-fee",
  severity: "warning",
  title: "No late fee",
  check(engagement) {
    if (engagement.fees.lateFee !== undefined) return [];
    return [
      {
        pointer: "/fees/lateFee",
        message:
          "There is no late fee. A late fee written into the contract from day one makes reminders automatic and never personal.",
        hint: 'Add "lateFee": { "percent": 2, "per": "month", "graceDays": 7 }, or a fixed amount per invoice.',
      },
    ];
  },
});

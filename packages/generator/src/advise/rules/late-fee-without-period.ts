import { defineRule } from "../define-rule.js";

export const lateFeeWithoutPeriod = defineRule({
  id: "late-fee-without-period",
  severity: "warning",
  title: "The late fee has no period",
  check(engagement) {
    const lateFee = engagement.fees.lateFee;
    if (lateFee === undefined || lateFee.per !== undefined) return [];
    return [
      {
        pointer: "/fees/lateFee/per",
        message:
          "The late fee does not say what period it is charged per: 2 % a day and 2 % a year are very different fees.",
        hint: 'Set "per" to "day", "week", "month", "year", or "invoice" for a one-off charge.',
      },
    ];
  },
});

import { defineRule } from "../define-rule.js";

export const refundableDeposit = defineRule({
  id: "refundable-deposit",
  severity: "warning",
  title: "The deposit is refundable",
  check(engagement) {
    if (engagement.fees.deposit?.refundable !== true) return [];
    return [
      {
        pointer: "/fees/deposit/refundable",
        message:
          "The deposit is refundable. A deposit protects the time you reserve for the client; if they end the engagement early, it should stay with you.",
        hint: 'Set "refundable": false (the default) and name what else is owed on termination.',
      },
    ];
  },
});

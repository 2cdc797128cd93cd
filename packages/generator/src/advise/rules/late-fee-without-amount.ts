import { defineRule } from "../define-rule.js";

export const lateFeeWithoutAmount = defineRule({
  id: "late-fee-without-amount",
  severity: "warning",
  title: "The late fee has no percent or amount",
  check(engagement) {
    const lateFee = engagement.fees.lateFee;
    if (lateFee === undefined || lateFee.percent !== undefined || lateFee.amount !== undefined) {
      return [];
    }
    return [
      {
        pointer: "/fees/lateFee",
        message:
          "The late fee names neither a percentage nor an amount, so the contract cannot state it.",
        hint: 'Give "percent" (of the overdue amount) or "amount" (a fixed sum).',
      },
    ];
  },
});

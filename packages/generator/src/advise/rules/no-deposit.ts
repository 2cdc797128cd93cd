import { defineRule } from "../define-rule.js";

const UPFRONT = new Set(["signing", "start"]);

export const noDeposit = defineRule({
  id: "no-deposit",
  severity: "warning",
  title: "A fixed fee without a deposit",
  check(engagement) {
    const { fees } = engagement;
    if (fees.model !== "fixed-fee" || fees.deposit !== undefined) return [];
    // An instalment due at signing or at the start is a deposit by another name.
    if ((fees.instalments ?? []).some((instalment) => UPFRONT.has(instalment.due))) return [];
    return [
      {
        pointer: "/fees/deposit",
        message:
          "The fixed fee has no deposit. Ask for part of the fee before work starts (50 % is the usual compromise, 100 % for small jobs) and start when it arrives.",
        hint: 'Add "deposit": { "percent": 50 } and an instalment due at "signing".',
      },
    ];
  },
});

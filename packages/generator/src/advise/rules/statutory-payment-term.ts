import { defineRule } from "../define-rule.js";
import { statutoryFigure } from "../statutory/profiles.js";

export const statutoryPaymentTerm = defineRule({
  id: "statutory-payment-term",
  severity: "warning",
  title: "Payment term longer than the statutory limit",
  check(engagement) {
    const netDays = engagement.fees.netDays;
    const applied = statutoryFigure(engagement.jurisdiction, "maxPaymentTermDays");
    if (netDays === undefined || applied === undefined || netDays <= applied.figure.value) {
      return [];
    }
    const { figure, profile } = applied;
    return [
      {
        pointer: "/fees/netDays",
        message: `Payment is due ${netDays} days after the invoice. Under ${profile.profile.name}, a business payment term over ${figure.value} days stands only if it is expressly agreed and not grossly unfair to you (${figure.source}).`,
        hint: `Set "netDays" to ${figure.value} or less; 14 or 30 days is common.`,
      },
    ];
  },
});

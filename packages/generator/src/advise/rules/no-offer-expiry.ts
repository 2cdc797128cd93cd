import { defineRule } from "../define-rule.js";

export const noOfferExpiry = defineRule({
  id: "no-offer-expiry",
  severity: "warning",
  title: "The offer never expires",
  check(engagement) {
    if (engagement.validUntil !== undefined || engagement.validForDays !== undefined) return [];
    return [
      {
        pointer: "/validUntil",
        message:
          "The offer has no expiry date. Without one, the client can accept months later at today's dates and rates.",
        hint: 'Add "validUntil" (a date) or "validForDays" (e.g. 14): a concrete date, not "soon".',
      },
    ];
  },
});

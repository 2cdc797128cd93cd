import { defineRule } from "../define-rule.js";

export const hourlyPricing = defineRule({
  id: "hourly-pricing",
  severity: "info",
  title: "Hourly pricing where a project or period rate would serve",
  check(engagement) {
    if (engagement.fees.model !== "hourly") return [];
    return [
      {
        pointer: "/fees/model",
        message:
          "The fee is an hourly rate. A project fee or a day, week or month rate usually serves both sides better: the client knows the cost, and you are not paid less for working faster.",
        hint: 'Consider "fixed-fee" with a price for the deliverables, or "day-rate" with "estimatedUnits".',
      },
    ];
  },
});

import { defineRule } from "../define-rule.js";
import { quoted } from "../format.js";

export const uncountableDeliverable = defineRule({
  id: "uncountable-deliverable",
  severity: "warning",
  title: "A deliverable is not countable",
  check(engagement) {
    return engagement.deliverables.flatMap((deliverable, index) => {
      const counted = deliverable.quantity > 0;
      const described = deliverable.unit !== undefined || deliverable.specification !== undefined;
      if (counted && described) return [];
      const missing = counted ? "unit or specification" : "quantity";
      return [
        {
          pointer: `/deliverables/${index}`,
          message: `The deliverable ${quoted(deliverable.title)} has no ${missing}, so it cannot be counted: "weekly blog post" invites arguments, "one blog post per week, 500 to 750 words" does not.`,
          hint: 'Give "quantity" (at least 1) and "unit" (what one is) or "specification" (its size or standard).',
        },
      ];
    });
  },
});

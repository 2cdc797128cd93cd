import { defineRule } from "../define-rule.js";

export const noRevisionRounds = defineRule({
  id: "no-revision-rounds",
  severity: "warning",
  title: "The number of revision rounds is not set",
  check(engagement) {
    if (engagement.method?.revisionRounds !== undefined) return [];
    return [
      {
        pointer: "/method/revisionRounds",
        message:
          'The number of revision rounds included in the fee is not set, which leaves room for endless "one more change" requests.',
        hint: 'Set "method.revisionRounds" (one or two is common) and a price for each extra round in "fees.extraRevision".',
      },
    ];
  },
});

import { defineRule } from "../define-rule.js";

export const noExtraRevisionPrice = defineRule({
  id: "no-extra-revision-price",
  severity: "info",
  title: "Extra revision rounds have no price",
  check(engagement) {
    if (engagement.method?.revisionRounds === undefined) return []; // no-revision-rounds says it
    if (engagement.fees.extraRevision !== undefined) return [];
    return [
      {
        pointer: "/fees/extraRevision",
        message:
          "Revision rounds beyond those included have no price. Naming one makes a further round an easy yes instead of a favour.",
        hint: 'Add "fees.extraRevision" with the price of one extra round.',
      },
    ];
  },
});

import type { Engagement } from "@clausework/schema";
import type { Instalment } from "../../facts.js";
import { defineRule } from "../define-rule.js";
import { money, quoted } from "../format.js";
import { isInvoiceMilestone } from "../invoice-milestone.js";
import type { Finding } from "../types.js";

const HINT =
  "Deliver the final files after full payment: make the balance due on a milestone before the final delivery (e.g. approval of the final draft), or say that the final files follow the payment.";

function pointerOf(engagement: Engagement, instalment: Instalment): string {
  const index = (engagement.fees.instalments ?? []).findIndex((i) => i.label === instalment.label);
  return index < 0 ? "/fees/instalments" : `/fees/instalments/${index}`;
}

export const deliveryBeforePayment = defineRule({
  id: "delivery-before-payment",
  severity: "warning",
  title: "Final files go out before full payment",
  check(engagement, facts) {
    const lastDelivery = facts.milestones
      .filter((m) => m.owner === "freelancer" && !isInvoiceMilestone(m))
      .at(-1);
    if (lastDelivery === undefined) return [];
    const delivery = `your last delivery (${quoted(lastDelivery.title)}, ${lastDelivery.dueOn})`;
    return facts.money.instalments.flatMap((instalment): Finding[] => {
      const what = `The instalment ${quoted(instalment.label)} (${money(instalment.amount, engagement.locale)})`;
      if (instalment.due === "completion") {
        // Softer: fine when the contract holds the final files back until the balance arrives.
        return [
          {
            pointer: pointerOf(engagement, instalment),
            severity: "info",
            message: `${what} falls due on completion, after ${delivery}: the final files would go out before you are paid in full.`,
            hint: HINT,
          },
        ];
      }
      if (instalment.dueOn === undefined || instalment.dueOn <= lastDelivery.dueOn) return [];
      return [
        {
          pointer: pointerOf(engagement, instalment),
          message: `${what} falls due on ${instalment.dueOn}, after ${delivery}: the final files would go out before you are paid in full.`,
          hint: HINT,
        },
      ];
    });
  },
});

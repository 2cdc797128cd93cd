import { defineRule } from "../define-rule.js";
import { freelanceAct, underFreelanceAct } from "../statutory/freelance-act.js";

export const usNyMailingAddresses = defineRule({
  id: "us-ny-mailing-addresses",
  severity: "warning",
  title: "New York: a party's mailing address is missing",
  check(engagement, facts) {
    const act = freelanceAct(engagement, facts);
    if (act === undefined) return [];
    const parties = [
      { role: "freelancer", who: "you have", address: engagement.freelancer.address },
      { role: "client", who: "the client has", address: engagement.client.address },
    ] as const;
    return parties
      .filter((party) => party.address === undefined)
      .map((party) =>
        underFreelanceAct(act, {
          pointer: `/${party.role}/address`,
          message: `New York's Freelance Isn't Free Act requires the mailing address of both parties in the contract (${act.source}), and ${party.who} none.`,
          hint: `Add "${party.role}.address", one line per line.`,
        }),
      );
  },
});

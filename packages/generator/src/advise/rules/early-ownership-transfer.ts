import { defineRule } from "../define-rule.js";

export const earlyOwnershipTransfer = defineRule({
  id: "early-ownership-transfer",
  severity: "warning",
  title: "Ownership passes before the final payment",
  check(engagement) {
    if (engagement.rights?.ownershipTransfer !== "on-delivery") return [];
    return [
      {
        pointer: "/rights/ownershipTransfer",
        message:
          "Ownership passes to the client on delivery. Keep all rights until the final payment arrives: it is your strongest lever if the client pays late.",
        hint: 'Set "ownershipTransfer" to "on-final-payment" (the default).',
      },
    ];
  },
});

// The typed blocks clauses place with {{block "name"}}: one builder per block name.
import type { BlockName } from "@clausework/clauses";
import type { Block } from "@clausework/model";
import type { BlockContext } from "./context.js";
import { accountsBlock, contactsBlock, invoicesBlock } from "./handover.js";
import { feeSummaryBlock, paymentScheduleBlock } from "./money.js";
import { partiesBlock } from "./parties.js";
import { scheduleBlock } from "./schedule.js";
import { signaturesBlock } from "./signatures.js";

export type { BlockContext } from "./context.js";

/** Every block name has a builder: the Record type makes a missing one a type error. */
export const blockBuilders: Readonly<Record<BlockName, (context: BlockContext) => Block[]>> = {
  parties: partiesBlock,
  "fee-summary": feeSummaryBlock,
  "payment-schedule": paymentScheduleBlock,
  schedule: scheduleBlock,
  signatures: signaturesBlock,
  "handover-contacts": contactsBlock,
  "handover-accounts": accountsBlock,
  "handover-invoices": invoicesBlock,
};

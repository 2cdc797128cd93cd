import { formatDate, formatMoney, formatPercent, phrase } from "@clausework/clauses";
import type { Block, Inline, KeyFact, TableCell } from "@clausework/model";
import { strong, text } from "@clausework/model";
import type { Instalment, MoneyAmount } from "../../facts.js";
import type { BlockContext } from "./context.js";

function amountText(amount: MoneyAmount, context: BlockContext): Inline[] {
  return text(formatMoney(amount, context.locale));
}

/** The fee and the figures that follow from it, as a key-facts box. */
export function feeSummaryBlock(context: BlockContext): Block[] {
  const { money } = context.facts;
  const model = context.engagement.fees.model;
  const items: KeyFact[] = [
    {
      label: "Fee",
      value: [
        strong(...text(`${formatMoney(money.fee, context.locale)} ${phrase("rate-per", model)}`)),
      ],
    },
  ];
  if (money.estimatedTotal !== undefined && model !== "fixed-fee" && model !== "retainer") {
    items.push({ label: "Estimated total", value: amountText(money.estimatedTotal, context) });
  }
  if (money.deposit !== undefined) {
    const share =
      money.deposit.percent === undefined
        ? ""
        : ` (${formatPercent(money.deposit.percent, context.locale)})`;
    items.push({
      label: "Deposit",
      value: text(`${formatMoney(money.deposit, context.locale)}${share}`),
    });
  }
  if (money.balance !== undefined)
    items.push({ label: "Balance", value: amountText(money.balance, context) });
  return [{ type: "keyFacts", items }];
}

function dueText(instalment: Instalment, context: BlockContext): string {
  const date = instalment.dueOn === undefined ? "" : formatDate(instalment.dueOn, context.locale);
  if (instalment.due === "milestone" && instalment.milestoneTitle !== undefined) {
    return date === ""
      ? `On ${instalment.milestoneTitle}`
      : `On ${instalment.milestoneTitle}, ${date}`;
  }
  if (instalment.due === "date") return date;
  const when = phrase("instalment-due", instalment.due);
  return date === "" ? when : `${when}, ${date}`;
}

/** The instalments in order, with a total when there is more than one. */
export function paymentScheduleBlock(context: BlockContext): Block[] {
  const instalments = context.facts.money.instalments;
  if (instalments.length === 0) return [];
  const rows: TableCell[][] = instalments.map((instalment) => [
    text(instalment.label),
    text(dueText(instalment, context)),
    amountText(instalment.amount, context),
  ]);
  if (instalments.length > 1) {
    // Integer minor units of one currency: the sum is exact.
    const minor = instalments.reduce((sum, instalment) => sum + instalment.amount.minor, 0);
    const total = { minor, currency: context.facts.money.fee.currency };
    rows.push([[strong(...text("Total"))], [], [strong(...amountText(total, context))]]);
  }
  return [
    {
      type: "table",
      columns: [
        { header: "Payment", align: "left", weight: 2 },
        { header: "Due", align: "left", weight: 2 },
        { header: "Amount", align: "right", weight: 1 },
      ],
      rows,
    },
  ];
}

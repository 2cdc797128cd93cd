import type { Facts } from "../../facts.js";
import { defineRule } from "../define-rule.js";
import { money } from "../format.js";
import { fixedSumFor, statutoryFigure } from "../statutory/profiles.js";

/** The debts a late payment can be about: each instalment, or the fee when there are none. */
function debtsOf(facts: Facts): number[] {
  const instalments = facts.money.instalments.map((instalment) => instalment.amount.minor);
  return instalments.length > 0 ? instalments : [facts.money.fee.minor];
}

export const statutoryFixedSum = defineRule({
  id: "statutory-fixed-sum",
  severity: "info",
  title: "Late fee per invoice below the statutory fixed sum",
  check(engagement, facts) {
    const lateFee = facts.money.lateFee;
    const applied = statutoryFigure(engagement.jurisdiction, "fixedSum");
    if (lateFee?.amount === undefined || lateFee.per !== "invoice" || applied === undefined) {
      return [];
    }
    const { figure } = applied;
    if (lateFee.amount.currency !== figure.currency) return []; // no exchange rates here
    const shortfalls = debtsOf(facts)
      .map((debt) => ({ debt, owed: fixedSumFor(figure.bands, debt) ?? 0 }))
      .filter(({ owed }) => lateFee.amount !== undefined && lateFee.amount.minor < owed)
      .sort((left, right) => right.owed - left.owed);
    const worst = shortfalls[0];
    if (worst === undefined) return [];
    const currency = figure.currency;
    const format = (minor: number) => money({ minor, currency }, engagement.locale);
    return [
      {
        pointer: "/fees/lateFee/amount",
        message: `The late fee of ${format(lateFee.amount.minor)} per invoice is less than the fixed sum of ${format(worst.owed)} the law gives for a late payment of ${format(worst.debt)} (${figure.source}).`,
        hint: `Raise the late fee to at least ${format(worst.owed)}, or charge interest and claim the fixed sum on top.`,
      },
    ];
  },
});

// The priced terms around the fee: late, rush, extra revision and extra work, expenses,
// the step-up, the kill fee and the handover's final invoices.
import type { Handover } from "@clausework/schema";
import type { Temporal } from "temporal-polyfill";
import type { LateFeeFacts, MoneyFacts } from "../facts.js";
import type { ResolvedFees } from "../resolve.js";
import {
  fromInput,
  minus,
  percentOf,
  plus,
  toAmount,
  total,
  type Currency,
  type Money,
} from "./money.js";
import { dateText } from "./date-text.js";

export type FeeBasis = {
  readonly currency: Currency;
  readonly fee: Money;
  /** What percentages of "the remaining fee" and late-fee examples apply to: the balance, else the total. */
  readonly outstanding: Money;
};

export function lateFeeFacts(fees: ResolvedFees, basis: FeeBasis): LateFeeFacts | undefined {
  const late = fees.lateFee;
  if (late === undefined) return undefined;
  const amount =
    late.amount === undefined
      ? undefined
      : fromInput(late.amount, basis.currency, "/fees/lateFee/amount");
  // A percentage wins for the example: it is what the clause states per period.
  const example = late.percent !== undefined ? percentOf(basis.outstanding, late.percent) : amount;
  return {
    ...(late.percent === undefined ? {} : { percent: late.percent }),
    ...(amount === undefined ? {} : { amount: toAmount(amount) }),
    ...(late.per === undefined ? {} : { per: late.per }),
    graceDays: late.graceDays,
    ...(example === undefined
      ? {}
      : { example: { overdue: toAmount(basis.outstanding), fee: toAmount(example) } }),
  };
}

export function rushFeeFacts(fees: ResolvedFees, basis: FeeBasis): MoneyFacts["rushFee"] {
  if (fees.rushFee === undefined) return undefined;
  const { percent, noticeUnderDays } = fees.rushFee;
  return {
    percent,
    noticeUnderDays,
    example: toAmount(plus(basis.fee, percentOf(basis.fee, percent))),
  };
}

export function stepUpFacts(
  fees: ResolvedFees,
  basis: FeeBasis,
  startDate: Temporal.PlainDate,
): MoneyFacts["stepUp"] {
  if (fees.stepUp === undefined) return undefined;
  const amount = fromInput(fees.stepUp.amount, basis.currency, "/fees/stepUp/amount");
  return {
    on: dateText(
      startDate.add({ days: fees.stepUp.afterDays }),
      "the step-up",
      "/fees/stepUp/afterDays",
    ),
    amount: toAmount(amount),
    increase: toAmount(minus(amount, basis.fee)),
  };
}

export function killFeeFacts(fees: ResolvedFees, basis: FeeBasis): MoneyFacts["killFee"] {
  const kill = fees.termination?.killFee;
  if (kill === undefined) return undefined;
  if (kill.amount !== undefined) {
    return toAmount(fromInput(kill.amount, basis.currency, "/fees/termination/killFee/amount"));
  }
  if (kill.percent === undefined) return undefined;
  return { ...toAmount(percentOf(basis.outstanding, kill.percent)), percent: kill.percent };
}

export function extrasFacts(
  fees: ResolvedFees,
  currency: Currency,
): Pick<MoneyFacts, "extraRevision" | "extraWork" | "expensesPreApprovalAbove"> {
  const threshold = fees.expenses?.preApprovalAbove;
  return {
    ...(fees.extraRevision === undefined
      ? {}
      : {
          extraRevision: toAmount(fromInput(fees.extraRevision, currency, "/fees/extraRevision")),
        }),
    ...(fees.extraWork === undefined
      ? {}
      : {
          extraWork: {
            amount: toAmount(fromInput(fees.extraWork.amount, currency, "/fees/extraWork/amount")),
            per: fees.extraWork.per,
          },
        }),
    ...(threshold === undefined
      ? {}
      : {
          expensesPreApprovalAbove: toAmount(
            fromInput(threshold, currency, "/fees/expenses/preApprovalAbove"),
          ),
        }),
  };
}

export function invoiceFacts(
  handover: Handover | undefined,
  currency: Currency,
): Pick<MoneyFacts, "invoices" | "invoicesTotal"> {
  const invoices = (handover?.invoices ?? []).map((invoice, index) => ({
    number: invoice.number,
    money: fromInput(invoice.amount, currency, `/handover/invoices/${index}/amount`),
    dueOn: invoice.dueOn,
  }));
  return {
    invoices: invoices.map(({ number, money, dueOn }) => ({
      number,
      amount: toAmount(money),
      dueOn,
    })),
    ...(invoices.length === 0
      ? {}
      : {
          invoicesTotal: toAmount(
            total(
              invoices.map((invoice) => invoice.money),
              currency,
            ),
          ),
        }),
  };
}

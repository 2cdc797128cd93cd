// Fee, totals, deposit, balance and payment schedule, plus the priced terms. The total
// that percentages apply to is the estimated total for rates with an estimate, else the
// fee (the project fee, or one period of a retainer or rate).
import type { Temporal } from "temporal-polyfill";
import type { MoneyFacts } from "../facts.js";
import type { ResolvedEngagement, ResolvedFees } from "../resolve.js";
import {
  extrasFacts,
  invoiceFacts,
  killFeeFacts,
  lateFeeFacts,
  rushFeeFacts,
  stepUpFacts,
  type FeeBasis,
} from "./fee-terms.js";
import { depositAndBalance, instalmentsOf, type DueDates } from "./instalments.js";
import {
  currencyOf,
  fromInput,
  minus,
  percentOf,
  times,
  toAmount,
  type Currency,
  type Money,
} from "./money.js";

function estimatedTotal(fees: ResolvedFees, fee: Money): Money | undefined {
  if (fees.model === "fixed-fee") return fee;
  return fees.estimatedUnits === undefined ? undefined : times(fee, fees.estimatedUnits);
}

/** An amount wins over a percentage when both are given: it is the exact figure. */
function depositOf(fees: ResolvedFees, totalAmount: Money, currency: Currency): Money | undefined {
  const deposit = fees.deposit;
  if (deposit === undefined) return undefined;
  if (deposit.amount !== undefined)
    return fromInput(deposit.amount, currency, "/fees/deposit/amount");
  return deposit.percent === undefined ? undefined : percentOf(totalAmount, deposit.percent);
}

function depositFacts(fees: ResolvedFees, deposit: Money): NonNullable<MoneyFacts["deposit"]> {
  const percent = fees.deposit?.amount === undefined ? fees.deposit?.percent : undefined;
  return {
    ...toAmount(deposit),
    ...(percent === undefined ? {} : { percent }),
    refundable: fees.deposit?.refundable ?? false,
  };
}

export type MoneyDates = DueDates & { readonly start: Temporal.PlainDate };

export function moneyFacts(engagement: ResolvedEngagement, dates: MoneyDates): MoneyFacts {
  const { fees } = engagement;
  const currency = currencyOf(engagement.currency);
  const fee = fromInput(fees.amount, currency, "/fees/amount");
  const estimate = estimatedTotal(fees, fee);
  const totalAmount = estimate ?? fee;
  const deposit = depositOf(fees, totalAmount, currency);
  const balance = deposit === undefined ? undefined : minus(totalAmount, deposit);
  const basis: FeeBasis = { currency, fee, outstanding: balance ?? totalAmount };
  const instalments =
    fees.instalments !== undefined && fees.instalments.length > 0
      ? instalmentsOf(
          fees.instalments,
          deposit === undefined ? { total: totalAmount } : { total: totalAmount, deposit },
          currency,
          dates,
        )
      : deposit !== undefined && balance !== undefined
        ? depositAndBalance(deposit, balance, dates)
        : [];
  const lateFee = lateFeeFacts(fees, basis);
  const rushFee = rushFeeFacts(fees, basis);
  const stepUp = stepUpFacts(fees, basis, dates.start);
  const killFee = killFeeFacts(fees, basis);
  return {
    fee: toAmount(fee),
    ...(estimate === undefined ? {} : { estimatedTotal: toAmount(estimate) }),
    ...(deposit === undefined ? {} : { deposit: depositFacts(fees, deposit) }),
    ...(balance === undefined ? {} : { balance: toAmount(balance) }),
    instalments,
    ...(lateFee === undefined ? {} : { lateFee }),
    ...(rushFee === undefined ? {} : { rushFee }),
    ...extrasFacts(fees, currency),
    ...(stepUp === undefined ? {} : { stepUp }),
    ...(killFee === undefined ? {} : { killFee }),
    ...invoiceFacts(engagement.handover, currency),
  };
}

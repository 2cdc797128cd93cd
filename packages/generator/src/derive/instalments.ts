// The payment schedule. Amount instalments are taken as written; the rest of the total
// is split among the others in proportion to their percentages with dinero's allocate,
// so percentage instalments always add up to the total to the cent, odd cents last.
// When a deposit is given it is the first instalment (the schema says so), priced
// exactly as the deposit, so the two figures never differ by a rounding cent.
// With no schedule but a deposit: "Deposit" on signing and "Balance" on completion.
import type { Instalment as InputInstalment } from "@clausework/schema";
import type { Instalment } from "../facts.js";
import {
  fromInput,
  minus,
  percentRatios,
  splitByRatios,
  toAmount,
  total,
  type Currency,
  type Money,
} from "./money.js";

export type DueDates = {
  readonly startDate: string;
  /** The end date, or the last freelancer milestone, when either is known. */
  readonly completionOn?: string;
  /** First occurrence of a milestone, by id. */
  readonly milestone: (
    id: string,
  ) => { readonly dueOn: string; readonly title: string } | undefined;
};

type Due = Pick<Instalment, "due" | "dueOn" | "milestoneTitle">;

function dueOf(
  instalment: Pick<InputInstalment, "due" | "milestone" | "dueOn">,
  dates: DueDates,
): Due {
  const { due } = instalment;
  if (due === "start") return { due, dueOn: dates.startDate };
  if (due === "completion") {
    return dates.completionOn === undefined ? { due } : { due, dueOn: dates.completionOn };
  }
  if (due === "date")
    return instalment.dueOn === undefined ? { due } : { due, dueOn: instalment.dueOn };
  if (due === "milestone" && instalment.milestone !== undefined) {
    const milestone = dates.milestone(instalment.milestone);
    return milestone === undefined
      ? { due }
      : { due, dueOn: milestone.dueOn, milestoneTitle: milestone.title };
  }
  return { due };
}

export type Totals = { readonly total: Money; readonly deposit?: Money };

type Priced = { readonly instalment: InputInstalment; readonly amount: Money };

function priced(
  instalments: readonly InputInstalment[],
  totals: Totals,
  currency: Currency,
): Priced[] {
  const fixed = instalments.map((instalment, index) =>
    index === 0 && totals.deposit !== undefined
      ? totals.deposit
      : instalment.amount === undefined
        ? undefined
        : fromInput(instalment.amount, currency, `/fees/instalments/${index}/amount`),
  );
  const shared = instalments.filter((_, index) => fixed[index] === undefined);
  const rest = minus(
    totals.total,
    total(
      fixed.filter((money) => money !== undefined),
      currency,
    ),
  );
  // Without any percentage, instalments that give no amount share the rest equally.
  const ratios = shared.some((instalment) => instalment.percent !== undefined)
    ? percentRatios(shared.map((instalment) => instalment.percent ?? 0))
    : shared.map(() => 1);
  const shares = splitByRatios(rest, ratios);
  return instalments.map((instalment, index) => {
    const amount = fixed[index] ?? shares.shift();
    if (amount === undefined) throw new Error("Internal: fewer shares than instalments");
    return { instalment, amount };
  });
}

export function instalmentsOf(
  instalments: readonly InputInstalment[],
  totals: Totals,
  currency: Currency,
  dates: DueDates,
): Instalment[] {
  return priced(instalments, totals, currency).map(({ instalment, amount }) => ({
    label: instalment.label,
    amount: toAmount(amount),
    ...dueOf(instalment, dates),
  }));
}

export function depositAndBalance(deposit: Money, balance: Money, dates: DueDates): Instalment[] {
  return [
    { label: "Deposit", amount: toAmount(deposit), due: "signing" },
    { label: "Balance", amount: toAmount(balance), ...dueOf({ due: "completion" }, dates) },
  ];
}

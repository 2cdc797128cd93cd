// Fees in the engagement's currency: amounts as numbers and decimal strings with
// the currency's decimals, a deposit by percent or amount (exactly one, and no
// more than the fee), instalments whose percentages add up to exactly 100 (or
// given as amounts), late, rush, kill and extra fees.
import fc from "fast-check";
import type { Fees, Instalment } from "@clausework/schema";
import { dateAround, minorUnits, money, moneyOf, percent } from "./scalars.js";
import { maybe, sparseRecord, type Shape } from "./shape.js";
import { freeText, lineText, lines } from "./text.js";

/** `count` whole hundredths adding up to 10,000, i.e. percentages adding up to 100. */
function percentsAddingTo100(count: number): fc.Arbitrary<number[]> {
  return fc
    .array(fc.integer({ min: 0, max: 10_000 }), { minLength: count - 1, maxLength: count - 1 })
    .map((cuts) => {
      const edges = [0, ...cuts.sort((a, b) => a - b), 10_000];
      return edges.slice(1).map((edge, index) => (edge - (edges[index] ?? 0)) / 100);
    });
}

type When = Pick<Instalment, "due" | "milestone" | "dueOn">;

function when(milestoneIds: readonly string[], near: string): fc.Arbitrary<When> {
  const fixed = fc.constantFrom<When>({ due: "signing" }, { due: "start" }, { due: "completion" });
  const onDate = dateAround(near, 30, 400).map((dueOn): When => ({ due: "date", dueOn }));
  if (milestoneIds.length === 0) return fc.oneof(fixed, onDate);
  const onMilestone = fc
    .constantFrom(...milestoneIds)
    .map((milestone): When => ({ due: "milestone", milestone }));
  return fc.oneof(fixed, onDate, onMilestone);
}

function instalments(
  code: string,
  milestoneIds: readonly string[],
  near: string,
): fc.Arbitrary<Instalment[]> {
  const count = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 1, max: 4 }) },
    { weight: 1, arbitrary: fc.integer({ min: 5, max: 24 }) },
  );
  const share = fc.oneof(
    { weight: 3, arbitrary: fc.constant("percent" as const) },
    { weight: 1, arbitrary: fc.constant("amount" as const) },
  );
  return fc.tuple(count, share).chain(([n, by]) =>
    fc
      .tuple(
        by === "percent"
          ? percentsAddingTo100(n).map((percents) => percents.map((p) => ({ percent: p })))
          : fc
              .array(money(code, 50_000), { minLength: n, maxLength: n })
              .map((amounts) => amounts.map((amount) => ({ amount }))),
        fc.array(fc.tuple(lineText(6), when(milestoneIds, near)), { minLength: n, maxLength: n }),
      )
      .map(([shares, labels]) =>
        shares.map((part, index) => {
          const [label, due] = labels[index] ?? ["Balance", { due: "completion" as const }];
          return { label, ...part, ...due };
        }),
      ),
  );
}

/** Exactly one of percent or amount. */
function percentOrAmount(code: string, maxMinor: number) {
  return fc.oneof(
    percent().map((p) => ({ percent: p })),
    fc
      .integer({ min: 0, max: maxMinor })
      .chain((minor) => moneyOf(code, minor))
      .map((amount) => ({ amount })),
  );
}

function lateFee(shape: Shape, code: string): fc.Arbitrary<NonNullable<Fees["lateFee"]>> {
  return fc
    .tuple(
      percentOrAmount(code, 100_000),
      sparseRecord({
        per: maybe(shape, fc.constantFrom("day", "week", "month", "year", "invoice")),
        graceDays: maybe(shape, fc.integer({ min: 0, max: 120 })),
      }),
    )
    .map(([part, rest]) => ({ ...part, ...rest }));
}

function deposit(code: string, feeMinor: number): fc.Arbitrary<NonNullable<Fees["deposit"]>> {
  return fc
    .tuple(percentOrAmount(code, feeMinor), fc.option(fc.boolean(), { nil: undefined }))
    .map(([part, refundable]) => (refundable === undefined ? part : { ...part, refundable }));
}

function termination(shape: Shape, code: string, feeMinor: number) {
  return sparseRecord({
    noticeDays: maybe(shape, fc.integer({ min: 0, max: 365 })),
    killFee: maybe(shape, percentOrAmount(code, feeMinor)),
    owed: maybe(shape, lines(3)),
  });
}

export function fees(
  shape: Shape,
  code: string,
  milestoneIds: readonly string[],
  near: string,
): fc.Arbitrary<Fees> {
  const optional = <T>(arbitrary: fc.Arbitrary<T>) => maybe(shape, arbitrary);
  return minorUnits(code).chain((feeMinor) =>
    sparseRecord({
      model: fc.constantFrom(
        "fixed-fee",
        "retainer",
        "day-rate",
        "week-rate",
        "month-rate",
        "hourly",
      ),
      amount: moneyOf(code, feeMinor),
      estimatedUnits: optional(fc.integer({ min: 1, max: 10_000 })),
      deposit: optional(deposit(code, feeMinor)),
      instalments: optional(instalments(code, milestoneIds, near)),
      netDays: optional(fc.integer({ min: 0, max: 365 })),
      lateFee: optional(lateFee(shape, code)),
      rushFee: optional(
        fc.record({
          percent: fc.integer({ min: 0, max: 50_000 }).map((n) => n / 100),
          noticeUnderDays: fc.integer({ min: 1, max: 90 }),
        }),
      ),
      extraRevision: optional(money(code, 5_000)),
      extraWork: optional(
        fc.record({ amount: money(code, 5_000), per: fc.constantFrom("hour", "day", "item") }),
      ),
      expenses: optional(
        sparseRecord({
          paidBy: fc.constantFrom("client", "freelancer"),
          preApprovalAbove: optional(money(code, 5_000)),
          note: optional(freeText()),
        }),
      ),
      stepUp: optional(
        sparseRecord({
          afterDays: fc.integer({ min: 1, max: 3650 }),
          amount: money(code),
          condition: optional(freeText()),
        }),
      ),
      termination: optional(termination(shape, code, feeMinor)),
    }),
  );
}

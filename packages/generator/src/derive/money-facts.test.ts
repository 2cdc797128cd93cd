import type { Engagement, Fees } from "@clausework/schema";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import type { MoneyFacts } from "../facts.js";
import { moneyFacts, type MoneyDates } from "./money-facts.js";
import { resolved } from "./test-engagement.js";

const dates: MoneyDates = {
  start: Temporal.PlainDate.from("2027-02-01"),
  startDate: "2027-02-01",
  completionOn: "2027-06-30",
  milestone: (id) => (id === "draft" ? { dueOn: "2027-03-10", title: "First draft" } : undefined),
};

function money(fees: Fees, overrides: Partial<Engagement> = {}): MoneyFacts {
  return moneyFacts(resolved({ fees, ...overrides }), dates);
}

const minors = (facts: MoneyFacts) =>
  facts.instalments.map((instalment) => instalment.amount.minor);
const eur = (minor: number) => ({ minor, currency: "EUR" });

describe("fee, total, deposit and balance", () => {
  it("takes 50 % of 999.99 as 500.00, half up, and leaves 499.99", () => {
    // Hard: 499.995 is exactly half a cent.
    const facts = money({ model: "fixed-fee", amount: "999.99", deposit: { percent: 50 } });
    expect(facts.fee).toEqual(eur(99999));
    expect(facts.estimatedTotal).toEqual(eur(99999));
    expect(facts.deposit).toEqual({ ...eur(50000), percent: 50, refundable: false });
    expect(facts.balance).toEqual(eur(49999));
    expect(facts.instalments).toEqual([
      { label: "Deposit", amount: eur(50000), due: "signing" },
      { label: "Balance", amount: eur(49999), due: "completion", dueOn: "2027-06-30" },
    ]);
  });

  it("estimates a rate times its units and takes the deposit from that", () => {
    const facts = money({
      model: "day-rate",
      amount: 650,
      estimatedUnits: 12,
      deposit: { percent: 30 },
    });
    expect(facts.fee).toEqual(eur(65000));
    expect(facts.estimatedTotal).toEqual(eur(780000));
    expect(facts.deposit?.minor).toBe(234000);
  });

  it("has no estimate for a retainer; percentages apply to one period", () => {
    const facts = money({
      model: "retainer",
      amount: "3000",
      deposit: { amount: "1000", refundable: true },
    });
    expect(facts.estimatedTotal).toBeUndefined();
    expect(facts.deposit).toEqual({ ...eur(100000), refundable: true });
    expect(facts.balance).toEqual(eur(200000));
  });

  it("has no schedule without instalments or a deposit", () => {
    const facts = money({ model: "fixed-fee", amount: 500 });
    expect(facts.instalments).toEqual([]);
    expect(facts.deposit).toBeUndefined();
    expect(facts.balance).toBeUndefined();
  });
});

describe("instalments add up to the total", () => {
  const thirds = (amount: string) =>
    ({
      model: "fixed-fee",
      amount,
      instalments: [
        { label: "One", percent: 33.33, due: "signing" },
        { label: "Two", percent: 33.33, due: "milestone", milestone: "draft" },
        { label: "Three", percent: 33.34, due: "completion" },
      ],
    }) satisfies Fees;

  it.each([
    ["EUR", "100.00", [3333, 3333, 3334]],
    // Hard: 100.01 does not split evenly; the leftover cent goes to the last (largest) share.
    ["EUR", "100.01", [3333, 3333, 3335]],
    // Hard: yen has no minor unit.
    ["JPY", "1000", [333, 333, 334]],
    // Hard: the Kuwaiti dinar has three decimals.
    ["KWD", "10.001", [3333, 3333, 3335]],
  ])("%s %s in thirds", (currency, amount, expected) => {
    const facts = money(thirds(amount), { currency });
    expect(minors(facts)).toEqual(expected);
    expect(minors(facts).reduce((sum, share) => sum + share, 0)).toBe(facts.fee.minor);
  });

  it("resolves due dates from the start, milestones, completion and fixed dates", () => {
    const facts = money({
      model: "fixed-fee",
      amount: 1000,
      instalments: [
        { label: "Start", percent: 25, due: "start" },
        { label: "Draft", percent: 25, due: "milestone", milestone: "draft" },
        { label: "Mid", percent: 25, due: "date", dueOn: "2027-04-15" },
        { label: "End", percent: 25, due: "completion" },
      ],
    });
    expect(facts.instalments.map(({ label, amount: _amount, ...due }) => [label, due])).toEqual([
      ["Start", { due: "start", dueOn: "2027-02-01" }],
      ["Draft", { due: "milestone", dueOn: "2027-03-10", milestoneTitle: "First draft" }],
      ["Mid", { due: "date", dueOn: "2027-04-15" }],
      ["End", { due: "completion", dueOn: "2027-06-30" }],
    ]);
  });

  it("prices the first instalment exactly as the deposit", () => {
    // Hard: split by allocate, 12.5 % of 999.99 would be 124.99 (floor, leftover to the
    // larger share); the deposit rounds half up to 125.00. The deposit figure wins.
    const facts = money({
      model: "fixed-fee",
      amount: "999.99",
      deposit: { percent: 12.5 },
      instalments: [
        { label: "Deposit", percent: 12.5, due: "signing" },
        { label: "Final", percent: 87.5, due: "completion" },
      ],
    });
    expect(facts.deposit?.minor).toBe(12500);
    expect(minors(facts)).toEqual([12500, 87499]);
  });

  it("takes written amounts as they are and splits the rest by percentage", () => {
    const facts = money({
      model: "fixed-fee",
      amount: 2000,
      instalments: [
        { label: "Booking", amount: "500", due: "signing" },
        { label: "Draft", percent: 50, due: "milestone", milestone: "draft" },
        { label: "Final", percent: 50, due: "completion" },
      ],
    });
    expect(minors(facts)).toEqual([50000, 75000, 75000]);
  });

  it("splits the rest equally among instalments that give neither", () => {
    const facts = money({
      model: "fixed-fee",
      amount: 100,
      instalments: [
        { label: "A", due: "signing" },
        { label: "B", due: "start" },
        { label: "C", due: "completion" },
      ],
    });
    expect(minors(facts)).toEqual([3333, 3333, 3334]);
  });
});

describe("priced terms", () => {
  it.each([
    // Hard: 2 % of the balance 499.99 is 9.9998; half up to 10.00.
    [
      { percent: 2, per: "month" },
      { percent: 2, per: "month", graceDays: 0, example: { overdue: eur(49999), fee: eur(1000) } },
    ],
    [
      { amount: 25, per: "invoice", graceDays: 7 },
      {
        amount: eur(2500),
        per: "invoice",
        graceDays: 7,
        example: { overdue: eur(49999), fee: eur(2500) },
      },
    ],
    [{ per: "month" }, { per: "month", graceDays: 0 }],
  ] as const)("late fee %j", (lateFee, expected) => {
    const facts = money({
      model: "fixed-fee",
      amount: "999.99",
      deposit: { percent: 50 },
      lateFee: { ...lateFee },
    });
    expect(facts.lateFee).toEqual(expected);
  });

  it("takes the late-fee example on the fee when there is no deposit", () => {
    const facts = money({
      model: "fixed-fee",
      amount: 1000,
      lateFee: { percent: 1.5, per: "month" },
    });
    expect(facts.lateFee?.example).toEqual({ overdue: eur(100000), fee: eur(1500) });
  });

  it("states rush, extras, step-up, kill fee and invoices", () => {
    const facts = money(
      {
        model: "month-rate",
        amount: 3000,
        deposit: { percent: 50 },
        rushFee: { percent: 25, noticeUnderDays: 3 },
        extraRevision: "150",
        extraWork: { amount: 80, per: "hour" },
        expenses: { paidBy: "client", preApprovalAbove: "250.00" },
        stepUp: { afterDays: 90, amount: 4000, condition: "Three posts a month rank on page one" },
        termination: { killFee: { percent: 25 } },
      },
      {
        handover: {
          transitionDate: "2027-07-01",
          invoices: [
            { number: "2027-014", amount: "1200.10", dueOn: "2027-07-15" },
            { number: "2027-015", amount: 99.9, dueOn: "2027-07-31" },
          ],
        },
      },
    );
    expect(facts.rushFee).toEqual({ percent: 25, noticeUnderDays: 3, example: eur(375000) });
    expect(facts.extraRevision).toEqual(eur(15000));
    expect(facts.extraWork).toEqual({ amount: eur(8000), per: "hour" });
    expect(facts.expensesPreApprovalAbove).toEqual(eur(25000));
    // Hard: 1 February + 90 days crosses February's 28 days: 2 May.
    expect(facts.stepUp).toEqual({ on: "2027-05-02", amount: eur(400000), increase: eur(100000) });
    // 25 % of what remains after the 1,500.00 deposit.
    expect(facts.killFee).toEqual({ ...eur(37500), percent: 25 });
    // Hard: 99.9 as a JSON number is 99.90, not 99.899999...
    expect(facts.invoices).toEqual([
      { number: "2027-014", amount: eur(120010), dueOn: "2027-07-15" },
      { number: "2027-015", amount: eur(9990), dueOn: "2027-07-31" },
    ]);
    expect(facts.invoicesTotal).toEqual(eur(130000));
  });

  it("takes a kill-fee amount as written", () => {
    const facts = money({
      model: "fixed-fee",
      amount: 1000,
      termination: { killFee: { amount: "300" } },
    });
    expect(facts.killFee).toEqual(eur(30000));
  });
});

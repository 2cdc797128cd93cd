import { describe, expect, it } from "vitest";
import type { Facts, Instalment } from "../../facts.js";
import { check, cleanFacts } from "../test-support.js";
import { deliveryBeforePayment } from "./delivery-before-payment.js";

function withBalance(balance: Instalment): Facts {
  const facts = cleanFacts();
  const [deposit] = facts.money.instalments;
  if (deposit === undefined) throw new Error("fixture");
  return { ...facts, money: { ...facts.money, instalments: [deposit, balance] } };
}

const amount = { minor: 100_000, currency: "EUR" };

describe("delivery-before-payment", () => {
  it("stays quiet when the balance falls due before the final files (clean fixture)", () => {
    expect(check(deliveryBeforePayment)).toEqual([]);
  });

  it("stays quiet when the balance falls due on the day of the final delivery", () => {
    const facts = withBalance({ label: "Balance", amount, due: "date", dueOn: "2027-03-22" });
    expect(check(deliveryBeforePayment, undefined, facts)).toEqual([]);
  });

  it("warns when the balance falls due after the last freelancer deadline", () => {
    const facts = withBalance({ label: "Balance", amount, due: "date", dueOn: "2027-03-31" });
    const findings = check(deliveryBeforePayment, undefined, facts);
    expect(findings.map((f) => [f.pointer, f.severity])).toEqual([
      ["/fees/instalments/1", undefined],
    ]);
    expect(findings[0]?.message).toBe(
      'The instalment "Balance" (€1,000.00) falls due on 2027-03-31, after your last delivery ("Final files", 2027-03-22): the final files would go out before you are paid in full.',
    );
    expect(findings[0]?.hint).toMatch(/^Deliver the final files after full payment/);
  });

  it("gives info for a balance due on completion", () => {
    const facts = withBalance({ label: "Balance", amount, due: "completion" });
    expect(check(deliveryBeforePayment, undefined, facts).map((f) => f.severity)).toEqual(["info"]);
  });

  it("does not count an invoice deadline as a delivery", () => {
    const base = withBalance({ label: "Balance", amount, due: "date", dueOn: "2027-03-24" });
    const invoice = {
      id: "invoice",
      title: "Final invoice",
      owner: "freelancer",
      dueOn: "2027-03-25",
    } as const;
    const facts = { ...base, milestones: [...base.milestones, invoice] };
    expect(check(deliveryBeforePayment, undefined, facts)[0]?.message).toContain(
      'after your last delivery ("Final files", 2027-03-22)',
    );
  });

  it("stays quiet without freelancer deadlines to compare with", () => {
    const facts = withBalance({ label: "Balance", amount, due: "completion" });
    const clientOnly = {
      ...facts,
      milestones: facts.milestones.filter((m) => m.owner === "client"),
    };
    expect(check(deliveryBeforePayment, undefined, clientOnly)).toEqual([]);
  });
});

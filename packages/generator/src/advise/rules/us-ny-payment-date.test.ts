import { describe, expect, it } from "vitest";
import { check, newYork } from "../test-support.js";
import { usNyPaymentDate } from "./us-ny-payment-date.js";

function withoutDates() {
  const { engagement, facts } = newYork();
  delete engagement.fees.netDays;
  const instalments = facts.money.instalments.map(({ dueOn: _dueOn, ...rest }) => rest);
  return { engagement, facts: { ...facts, money: { ...facts.money, instalments } } };
}

describe("us-ny-payment-date", () => {
  it("stays quiet with net days or a dated instalment", () => {
    const { engagement, facts } = newYork();
    expect(check(usNyPaymentDate, engagement, facts)).toEqual([]);
    delete engagement.fees.netDays;
    expect(check(usNyPaymentDate, engagement, facts)).toEqual([]); // the balance is dated
  });

  it("fires without either, stating the 30-day default after completion", () => {
    const { engagement, facts } = withoutDates();
    const findings = check(usNyPaymentDate, engagement, facts);
    expect(findings.map((f) => f.pointer)).toEqual(["/fees/netDays"]);
    expect(findings[0]?.message).toContain(
      "payment would be due 30 days after completion of the services (NY General Business Law §1413; NYC Admin. Code §20-929)",
    );
  });
});

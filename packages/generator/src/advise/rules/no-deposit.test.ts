import { describe, expect, it } from "vitest";
import { check, engagementWith } from "../test-support.js";
import { noDeposit } from "./no-deposit.js";

describe("no-deposit", () => {
  it("stays quiet with a deposit", () => {
    expect(check(noDeposit)).toEqual([]);
  });

  it("fires for a fixed fee without a deposit or an upfront instalment", () => {
    const engagement = engagementWith((e) => {
      delete e.fees.deposit;
      e.fees.instalments = [{ label: "Fee", percent: 100, due: "completion" }];
    });
    const findings = check(noDeposit, engagement);
    expect(findings.map((f) => f.pointer)).toEqual(["/fees/deposit"]);
    expect(findings[0]?.message).toContain("50 %");
  });

  it("counts an instalment due at signing or start as a deposit", () => {
    const engagement = engagementWith((e) => {
      delete e.fees.deposit;
      e.fees.instalments = [
        { label: "Up front", percent: 50, due: "start" },
        { label: "Balance", percent: 50, due: "completion" },
      ];
    });
    expect(check(noDeposit, engagement)).toEqual([]);
  });

  it("leaves rates alone: they are billed per period", () => {
    const engagement = engagementWith((e) => {
      e.fees.model = "retainer";
      delete e.fees.deposit;
      delete e.fees.instalments;
    });
    expect(check(noDeposit, engagement)).toEqual([]);
  });
});

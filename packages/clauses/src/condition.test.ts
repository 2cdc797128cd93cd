import { describe, expect, it } from "vitest";
import { conditionHolds, conditionPaths, valueAt } from "./condition.js";

const data = {
  fees: { model: "retainer", lateFee: { percent: 1.5 }, netDays: 0 },
  scope: { outOfScope: [] },
  rights: { portfolio: "yes" },
};

describe("clause conditions", () => {
  it("holds when a path is present; an empty list counts as absent", () => {
    expect(conditionHolds("fees.lateFee", data)).toBe(true);
    expect(conditionHolds("fees.rushFee", data)).toBe(false);
    expect(conditionHolds("scope.outOfScope", data)).toBe(false);
    expect(conditionHolds("fees.netDays", data)).toBe(true);
  });

  it("negates, compares, and combines with && before ||", () => {
    expect(conditionHolds("!fees.rushFee", data)).toBe(true);
    expect(conditionHolds("fees.model == retainer", data)).toBe(true);
    expect(conditionHolds("fees.model != retainer", data)).toBe(false);
    expect(conditionHolds("fees.lateFee.percent == 1.5", data)).toBe(true);
    expect(conditionHolds("fees.rushFee || rights.portfolio", data)).toBe(true);
    expect(conditionHolds("fees.rushFee && rights.portfolio", data)).toBe(false);
    expect(conditionHolds("fees.rushFee && rights.portfolio || fees.lateFee", data)).toBe(true);
  });

  it("holds always when there is no condition", () => {
    expect(conditionHolds(undefined, data)).toBe(true);
  });

  it("follows own properties only", () => {
    expect(valueAt(data, "fees.constructor")).toBeUndefined();
    expect(conditionHolds("fees.__proto__", data)).toBe(false);
  });

  it("rejects what it cannot read", () => {
    expect(() => conditionHolds("fees.model = retainer", data)).toThrow(/cannot read/);
    expect(() => conditionHolds("!fees.model == retainer", data)).toThrow(/"!" with a comparison/);
  });

  it("lists the paths a condition reads", () => {
    expect(conditionPaths("a.b || !c && d.e == x")).toEqual(["a.b", "c", "d.e"]);
  });
});

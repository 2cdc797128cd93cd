import { describe, expect, it } from "vitest";
import { fixedSumFor, profilesFor, statutoryFigure } from "./profiles.js";

const ids = (jurisdiction: string | undefined) => profilesFor(jurisdiction).map((p) => p.id);

describe("profilesFor", () => {
  it("maps each jurisdiction to its profiles, most specific first", () => {
    expect(ids("US-NY")).toEqual(["US-NY"]);
    expect(ids("EU")).toEqual(["EU"]);
    expect(ids("UK")).toEqual(["UK"]);
    expect(ids("DE")).toEqual(["DE", "EU"]);
  });

  it("gives other EU member states the Directive's profile, and DE regions the German one", () => {
    expect(ids("FR")).toEqual(["EU"]);
    expect(ids("IE")).toEqual(["EU"]);
    expect(ids("DE-BY")).toEqual(["DE", "EU"]);
  });

  it("reads GB as the United Kingdom", () => {
    expect(ids("GB")).toEqual(["UK"]);
    expect(ids("GB-SCT")).toEqual(["UK"]);
  });

  it("has no profile for other places or no jurisdiction", () => {
    expect(ids("US")).toEqual([]);
    expect(ids("US-CA")).toEqual([]);
    expect(ids("CH")).toEqual([]);
    expect(ids(undefined)).toEqual([]);
  });

  it("takes a figure from the national profile before the Directive's", () => {
    expect(statutoryFigure("DE", "interest")?.profile.id).toBe("DE");
    expect(statutoryFigure("FR", "interest")?.profile.id).toBe("EU");
    expect(statutoryFigure("US-NY", "interest")).toBeUndefined();
  });
});

describe("fixedSumFor", () => {
  it("picks the first band the debt is under, and the open band above", () => {
    const bands = [{ debtBelow: 100, amount: 1 }, { debtBelow: 1000, amount: 2 }, { amount: 3 }];
    expect([0, 99, 100, 999, 1000, 5000].map((debt) => fixedSumFor(bands, debt))).toEqual([
      1, 1, 2, 2, 3, 3,
    ]);
  });
});

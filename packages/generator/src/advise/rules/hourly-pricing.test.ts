import { describe, expect, it } from "vitest";
import { check, engagementWith } from "../test-support.js";
import { hourlyPricing } from "./hourly-pricing.js";

describe("hourly-pricing", () => {
  it("stays quiet for project and period rates", () => {
    expect(check(hourlyPricing)).toEqual([]);
    const dayRate = engagementWith((e) => {
      e.fees.model = "day-rate";
    });
    expect(check(hourlyPricing, dayRate)).toEqual([]);
  });

  it("fires for an hourly rate, as info", () => {
    const engagement = engagementWith((e) => {
      e.fees.model = "hourly";
    });
    expect(hourlyPricing.severity).toBe("info");
    expect(check(hourlyPricing, engagement).map((f) => f.pointer)).toEqual(["/fees/model"]);
  });
});

import { describe, expect, it } from "vitest";
import { check, engagementWith } from "../test-support.js";
import { noOfferExpiry } from "./no-offer-expiry.js";

describe("no-offer-expiry", () => {
  it("stays quiet with validUntil or validForDays", () => {
    expect(check(noOfferExpiry)).toEqual([]);
    const days = engagementWith((e) => {
      delete e.validUntil;
      e.validForDays = 14;
    });
    expect(check(noOfferExpiry, days)).toEqual([]);
  });

  it("fires without either", () => {
    const engagement = engagementWith((e) => {
      delete e.validUntil;
    });
    expect(check(noOfferExpiry, engagement).map((f) => f.pointer)).toEqual(["/validUntil"]);
  });
});

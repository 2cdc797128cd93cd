import { describe, expect, it } from "vitest";
import { check, engagementWith } from "../test-support.js";
import { noExtraRevisionPrice } from "./no-extra-revision-price.js";

describe("no-extra-revision-price", () => {
  it("stays quiet with a price, and when the rounds are not set at all", () => {
    expect(check(noExtraRevisionPrice)).toEqual([]);
    const noRounds = engagementWith((e) => {
      delete e.method;
      delete e.fees.extraRevision;
    });
    expect(check(noExtraRevisionPrice, noRounds)).toEqual([]);
  });

  it("fires, as info, for rounds without a price for more", () => {
    const engagement = engagementWith((e) => {
      delete e.fees.extraRevision;
    });
    expect(noExtraRevisionPrice.severity).toBe("info");
    expect(check(noExtraRevisionPrice, engagement).map((f) => f.pointer)).toEqual([
      "/fees/extraRevision",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { check, engagementWith } from "../test-support.js";
import { earlyOwnershipTransfer } from "./early-ownership-transfer.js";

describe("early-ownership-transfer", () => {
  it("stays quiet on final payment, by default, and for a licence", () => {
    expect(check(earlyOwnershipTransfer)).toEqual([]);
    const byDefault = engagementWith((e) => {
      delete e.rights;
    });
    const licence = engagementWith((e) => {
      e.rights = { ownershipTransfer: "never" };
    });
    expect(check(earlyOwnershipTransfer, byDefault)).toEqual([]);
    expect(check(earlyOwnershipTransfer, licence)).toEqual([]);
  });

  it("fires when ownership passes on delivery", () => {
    const engagement = engagementWith((e) => {
      e.rights = { ownershipTransfer: "on-delivery" };
    });
    expect(check(earlyOwnershipTransfer, engagement).map((f) => f.pointer)).toEqual([
      "/rights/ownershipTransfer",
    ]);
  });
});

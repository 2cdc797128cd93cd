import { describe, expect, it } from "vitest";
import { check, engagementWith } from "../test-support.js";
import { noLateFee } from "./no-late-fee.js";

describe("no-late-fee", () => {
  it("stays quiet with a late fee", () => {
    expect(check(noLateFee)).toEqual([]);
  });

  it("fires without one", () => {
    const engagement = engagementWith((e) => {
      delete e.fees.lateFee;
    });
    expect(check(noLateFee, engagement).map((f) => f.pointer)).toEqual(["/fees/lateFee"]);
  });
});

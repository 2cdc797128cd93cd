import { describe, expect, it } from "vitest";
import { check, engagementWith } from "../test-support.js";
import { noTermination } from "./no-termination.js";

describe("no-termination", () => {
  it("stays quiet with termination terms", () => {
    expect(check(noTermination)).toEqual([]);
  });

  it("fires without them", () => {
    const engagement = engagementWith((e) => {
      delete e.fees.termination;
    });
    expect(check(noTermination, engagement).map((f) => f.pointer)).toEqual(["/fees/termination"]);
  });
});

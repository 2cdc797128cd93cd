import { describe, expect, it } from "vitest";
import { check, newYork } from "../test-support.js";
import { usNyItemisedFee } from "./us-ny-itemised-fee.js";

describe("us-ny-itemised-fee", () => {
  it("stays quiet for one deliverable with a fixed fee", () => {
    const { engagement, facts } = newYork();
    expect(check(usNyItemisedFee, engagement, facts)).toEqual([]);
  });

  it("warns for a unit rate without an estimate of the units", () => {
    const { engagement, facts } = newYork();
    engagement.fees.model = "day-rate";
    expect(check(usNyItemisedFee, engagement, facts).map((f) => f.pointer)).toEqual([
      "/fees/estimatedUnits",
    ]);
    engagement.fees.estimatedUnits = 10;
    expect(check(usNyItemisedFee, engagement, facts)).toEqual([]);
  });

  it("informs when one fee covers more deliverables than it has instalments", () => {
    const { engagement, facts } = newYork();
    engagement.deliverables.push(
      { title: "Newsletter", quantity: 4, unit: "issue" },
      { title: "Social post", quantity: 8, unit: "post" },
    );
    expect(check(usNyItemisedFee, engagement, facts).map((f) => [f.pointer, f.severity])).toEqual([
      ["/fees", "info"],
    ]);
    engagement.fees.instalments?.push({ label: "Social posts", amount: 200, due: "completion" });
    expect(check(usNyItemisedFee, engagement, facts)).toEqual([]);
  });
});

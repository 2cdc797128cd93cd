import { describe, expect, it } from "vitest";
import { check, engagementWith } from "../test-support.js";
import { uncountableDeliverable } from "./uncountable-deliverable.js";

describe("uncountable-deliverable", () => {
  it("stays quiet for a quantity with a unit or a specification", () => {
    expect(check(uncountableDeliverable)).toEqual([]);
    const specOnly = engagementWith((e) => {
      e.deliverables = [
        { title: "Logo", quantity: 1, specification: "SVG and PNG, three colourways" },
      ];
    });
    expect(check(uncountableDeliverable, specOnly)).toEqual([]);
  });

  it("fires for a deliverable with neither unit nor specification", () => {
    const engagement = engagementWith((e) => {
      e.deliverables.push({ title: "Weekly blog post", quantity: 1 });
    });
    const findings = check(uncountableDeliverable, engagement);
    expect(findings.map((f) => f.pointer)).toEqual(["/deliverables/1"]);
    expect(findings[0]?.message).toContain('"Weekly blog post" has no unit or specification');
  });

  it("fires for a quantity of zero", () => {
    const engagement = engagementWith((e) => {
      e.deliverables = [{ title: "Post", quantity: 0, unit: "post" }];
    });
    expect(check(uncountableDeliverable, engagement)[0]?.message).toContain("has no quantity");
  });
});

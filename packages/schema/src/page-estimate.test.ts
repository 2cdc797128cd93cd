import { describe, expect, it } from "vitest";
import { estimatePages, MAX_PAGES } from "./page-estimate.js";
import type { Engagement } from "./engagement.generated.js";
import { engagementWith, minimalEngagement } from "./test-engagement.js";
import { validate, validateValue } from "./validate.js";

const milestones = (count: number, times: number) =>
  Array.from({ length: count }, (_, index) => ({
    id: `m${index}`,
    title: `Weekly report ${index}`,
    owner: "freelancer",
    dueOn: "2027-04-05",
    repeat: { every: "week", times },
  }));

describe("the page limit", () => {
  it("estimates a small engagement at a few pages", () => {
    const [main] = estimatePages(minimalEngagement() as unknown as Engagement);
    expect(main?.pages).toBeLessThan(10);
  });

  it("refuses 500 milestones repeated 520 times, naming the schedule", () => {
    const text = JSON.stringify(
      engagementWith(["/schedule/milestones", milestones(500, 520)]),
      null,
      2,
    );
    const errors = validate(text).diagnostics.filter((d) => d.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: "TOO_MANY_PAGES",
      pointer: "/schedule/milestones",
      hint: "repeat milestones fewer times, or split the engagement into several",
    });
    expect(errors[0]?.message).toMatch(
      new RegExp(
        `^the proposal and the contract each would run to about \\d{4,} pages, more than the ${MAX_PAGES} a document may have; (9\\d|100) % of it comes from /schedule/milestones$`,
      ),
    );
    // Placed in the file like any other error.
    expect(errors[0]?.line).toBe(text.split("\n").findIndex((l) => l.includes('"milestones"')) + 1);
  });

  it("draws the line between 5 and 20 milestones repeated weekly for ten years", () => {
    const codes = (count: number) =>
      validateValue(
        engagementWith(["/schedule/milestones", milestones(count, 520)]),
      ).diagnostics.map((d) => d.code);
    expect(codes(5)).toEqual([]);
    expect(codes(20)).toEqual(["TOO_MANY_PAGES"]);
  });

  it("counts the handover on its own, and names the part that makes it long", () => {
    const step = { text: "Open the dashboard and export the weekly numbers as CSV. ".repeat(4) };
    const procedures = Array.from({ length: 100 }, (_, index) => ({
      title: `Procedure ${index}`,
      steps: Array.from({ length: 30 }, () => step),
    }));
    const diagnostics = validateValue(
      engagementWith(["/handover", { transitionDate: "2027-06-01", procedures }]),
    ).diagnostics;
    expect(diagnostics).toMatchObject([
      {
        code: "TOO_MANY_PAGES",
        pointer: "/handover/procedures",
        hint: "shorten or split this part, or split the engagement into several",
      },
    ]);
    expect(diagnostics[0]?.message).toMatch(/^the handover would run to about \d+ pages/);
  });
});

import { describe, expect, it } from "vitest";
import type { DatedMilestone } from "../../facts.js";
import { check, cleanFacts, engagementWith } from "../test-support.js";
import { deadlineBeforeInput } from "./deadline-before-input.js";

describe("deadline-before-input", () => {
  it("stays quiet when each deadline leaves time after the client's input", () => {
    expect(check(deadlineBeforeInput)).toEqual([]);
  });

  it("fires for a deadline 0 days after the client's input", () => {
    const engagement = engagementWith((e) => {
      const drafts = e.schedule.milestones?.[1];
      if (drafts !== undefined) drafts.days = 0;
    });
    const facts = cleanFacts();
    const milestones = facts.milestones.map((m) =>
      m.id === "drafts" ? { ...m, dueOn: "2027-03-08" } : m,
    );
    const findings = check(deadlineBeforeInput, engagement, { ...facts, milestones });
    expect(findings.map((f) => f.pointer)).toEqual(["/schedule/milestones/1"]);
    expect(findings[0]?.message).toBe(
      '"Drafts" (due 2027-03-08) follows the client\'s "Brief and materials" (due 2027-03-08) with no time in between, so you would have to deliver the moment the input arrives.',
    );
  });

  it("fires for a one-off deadline counted from the first of repeating inputs", () => {
    const engagement = engagementWith((e) => {
      const brief = e.schedule.milestones?.[0];
      if (brief !== undefined) brief.repeat = { every: "week", times: 3 };
    });
    const facts = cleanFacts();
    const extra: DatedMilestone[] = ["2027-03-15", "2027-03-22"].map((dueOn, index) => ({
      id: "brief",
      title: "Brief and materials",
      owner: "client",
      dueOn,
      occurrence: { index: index + 2, of: 3 },
    }));
    const milestones = [...facts.milestones, ...extra].sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1));
    const findings = check(deadlineBeforeInput, engagement, { ...facts, milestones });
    // "Drafts" (15th) is before the last brief (22nd); "Final files" (22nd) is not before it.
    expect(findings.map((f) => f.pointer)).toEqual(["/schedule/milestones/1"]);
    expect(findings[0]?.message).toContain("the last on 2027-03-22");
  });

  it("does not loop on a cycle that validation would have refused", () => {
    const engagement = engagementWith((e) => {
      e.schedule.milestones = [
        { id: "a", title: "A", owner: "freelancer", after: "b", days: 1 },
        { id: "b", title: "B", owner: "freelancer", after: "a", days: 1 },
      ];
    });
    expect(check(deadlineBeforeInput, engagement)).toEqual([]);
  });
});

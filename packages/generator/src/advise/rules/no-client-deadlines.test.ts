import { describe, expect, it } from "vitest";
import { check, engagementWith } from "../test-support.js";
import { noClientDeadlines } from "./no-client-deadlines.js";

describe("no-client-deadlines", () => {
  it("stays quiet when the client owes an input", () => {
    expect(check(noClientDeadlines)).toEqual([]);
  });

  it("fires when every milestone is the freelancer's", () => {
    const engagement = engagementWith((e) => {
      e.schedule.milestones = [
        { id: "drafts", title: "Drafts", owner: "freelancer", dueOn: "2027-03-15" },
      ];
    });
    const [finding, ...rest] = check(noClientDeadlines, engagement);
    expect(rest).toEqual([]);
    expect(finding?.pointer).toBe("/schedule/milestones");
    expect(finding?.message).toMatch(/^The client has no deadlines\. Deadlines bind both parties/);
  });

  it("points at the schedule when there are no milestones at all", () => {
    const engagement = engagementWith((e) => {
      delete e.schedule.milestones;
    });
    expect(check(noClientDeadlines, engagement).map((f) => f.pointer)).toEqual(["/schedule"]);
  });
});

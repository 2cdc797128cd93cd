import type { Milestone, Party } from "@clausework/schema";
import { describe, expect, it } from "vitest";
import { datedMilestones } from "./milestones.js";
import { party, resolved } from "./test-engagement.js";

function dates(
  milestones: Milestone[],
  freelancer: Partial<Party> = {},
  client: Partial<Party> = {},
) {
  return datedMilestones(
    resolved({
      schedule: { startDate: "2027-01-04", milestones },
      freelancer: party({ name: "Fran", ...freelancer }),
      client: party({ name: "Clara", ...client }),
    }),
  );
}

const summary = (
  milestones: Milestone[],
  freelancer: Partial<Party> = {},
  client: Partial<Party> = {},
) =>
  dates(milestones, freelancer, client).map((m) =>
    m.occurrence === undefined
      ? `${m.id} ${m.dueOn}`
      : `${m.id}#${m.occurrence.index}/${m.occurrence.of} ${m.dueOn}`,
  );

const interview = (dueOn: string): Milestone => ({
  id: "interview",
  title: "Interview with the founder",
  owner: "client",
  dueOn,
});
const draft: Milestone = {
  id: "draft",
  title: "First draft",
  owner: "freelancer",
  after: "interview",
  days: 7,
};

describe("chains", () => {
  // Hard: the freelancer's deadline is not stored; it follows the client's date.
  it.each([
    ["2027-02-01", "2027-02-08"],
    ["2027-02-15", "2027-02-22"],
    ["2027-02-25", "2027-03-04"], // across the end of February
  ])("the interview on %s puts the draft on %s", (interviewOn, draftOn) => {
    expect(summary([draft, interview(interviewOn)])).toEqual([
      `interview ${interviewOn}`,
      `draft ${draftOn}`,
    ]);
  });

  it("counts business days with the owner's calendar, not the other party's", () => {
    // Hard: the client is in Berlin (8 March off); the freelancer in London works that day.
    const feedback: Milestone = {
      id: "feedback",
      title: "Feedback",
      owner: "client",
      after: "draft",
      businessDays: 1,
    };
    const delivered: Milestone = {
      id: "draft",
      title: "Draft",
      owner: "freelancer",
      dueOn: "2027-03-05",
    };
    expect(
      summary([delivered, feedback], {}, { publicHolidays: { country: "DE", region: "BE" } }),
    ).toEqual(["draft 2027-03-05", "feedback 2027-03-09"]);
    expect(
      summary([delivered, feedback], { publicHolidays: { country: "DE", region: "BE" } }),
    ).toEqual(["draft 2027-03-05", "feedback 2027-03-08"]);
  });

  it("describes how each date was reached", () => {
    const byBusinessDays: Milestone = {
      id: "draft",
      title: "Draft",
      owner: "freelancer",
      after: "interview",
      businessDays: 3,
    };
    const [, dated] = dates([interview("2027-02-01"), byBusinessDays]);
    expect(dated?.basis).toEqual({
      after: "interview",
      afterTitle: "Interview with the founder",
      businessDays: 3,
    });
  });
});

describe("repeats", () => {
  it.each([
    // Hard: month ends clamp without drifting: 31 Jan, 28 Feb, 31 Mar, 30 Apr.
    [
      "month from 31 January",
      "2027-01-31",
      "month",
      4,
      ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"],
    ],
    // Hard: leap year: 29 February exists in 2028, and a quarter later is 29 May.
    [
      "month from 31 January in a leap year",
      "2028-01-31",
      "month",
      2,
      ["2028-01-31", "2028-02-29"],
    ],
    [
      "quarter from 29 February 2028",
      "2028-02-29",
      "quarter",
      3,
      ["2028-02-29", "2028-05-29", "2028-08-29"],
    ],
    ["week across a year end", "2027-12-22", "week", 3, ["2027-12-22", "2027-12-29", "2028-01-05"]],
    ["fortnight", "2027-01-04", "fortnight", 3, ["2027-01-04", "2027-01-18", "2027-02-01"]],
  ] as const)("%s", (_, dueOn, every, times, expected) => {
    const milestone: Milestone = {
      id: "post",
      title: "Post",
      owner: "freelancer",
      dueOn,
      repeat: { every, times },
    };
    expect(dates([milestone]).map((m) => [m.dueOn, m.occurrence])).toEqual(
      expected.map((date, index) => [date, { index: index + 1, of: times }]),
    );
  });

  const weeklyCall: Milestone = {
    id: "call",
    title: "Weekly recording",
    owner: "client",
    dueOn: "2027-03-01",
    repeat: { every: "week", times: 3 },
  };

  it("a single milestone after a repeating one counts from its first occurrence", () => {
    const notes: Milestone = {
      id: "notes",
      title: "Notes",
      owner: "freelancer",
      after: "call",
      days: 2,
    };
    expect(summary([weeklyCall, notes])).toContain("notes 2027-03-03");
  });

  it("pairs occurrences when both repeat the same way", () => {
    // Hard: each edit follows its own recording; Easter Monday (29 March 2027) in Berlin
    // pushes only the third pair, so the cadence is not simply the first date + weeks.
    const call: Milestone = { ...weeklyCall, dueOn: "2027-03-12" }; // Fridays
    const edit: Milestone = {
      id: "edit",
      title: "Edited episode",
      owner: "freelancer",
      after: "call",
      businessDays: 1,
      repeat: { every: "week", times: 4 },
    };
    expect(summary([call, edit], { publicHolidays: { country: "DE", region: "BE" } })).toEqual([
      "call#1/3 2027-03-12",
      "edit#1/4 2027-03-15",
      "call#2/3 2027-03-19",
      "edit#2/4 2027-03-22",
      "call#3/3 2027-03-26",
      "edit#3/4 2027-03-30",
      // Beyond the recordings, the edit keeps its own cadence from its first date.
      "edit#4/4 2027-04-05",
    ]);
  });

  it("does not pair different cadences: the dependant repeats from the first occurrence", () => {
    const review: Milestone = {
      id: "review",
      title: "Monthly review",
      owner: "freelancer",
      after: "call",
      days: 1,
      repeat: { every: "month", times: 2 },
    };
    expect(summary([weeklyCall, review])).toEqual(
      expect.arrayContaining(["review#1/2 2027-03-02", "review#2/2 2027-04-02"]),
    );
  });
});

describe("order", () => {
  it("sorts by date, then client before freelancer, then title", () => {
    const on = (
      id: string,
      owner: "client" | "freelancer",
      title: string,
      dueOn: string,
    ): Milestone => ({
      id,
      title,
      owner,
      dueOn,
    });
    const sorted = dates([
      on("f-b", "freelancer", "B", "2027-02-01"),
      on("late", "client", "A", "2027-03-01"),
      on("f-a", "freelancer", "A", "2027-02-01"),
      on("c-z", "client", "Z", "2027-02-01"),
    ]).map((m) => m.id);
    // Hard: same date; the client's "Z" still comes before the freelancer's "A".
    expect(sorted).toEqual(["c-z", "f-a", "f-b", "late"]);
  });

  it("refuses a milestone with neither a date nor a milestone to follow", () => {
    expect(() => dates([{ id: "lost", title: "Lost", owner: "client" }])).toThrow(
      expect.objectContaining({ code: "MILESTONE_UNDATED", pointer: "/schedule/milestones/0" }),
    );
  });
});

import type { Engagement, Milestone } from "@clausework/schema";
import { describe, expect, it } from "vitest";
import { derive } from "./index.js";
import { party, resolved } from "./test-engagement.js";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const projectWith = (interviewOn: string): Partial<Engagement> => {
  const milestones: Milestone[] = [
    { id: "interview", title: "Interview", owner: "client", dueOn: interviewOn },
    { id: "draft", title: "First draft", owner: "freelancer", after: "interview", businessDays: 5 },
    { id: "final", title: "Final text", owner: "freelancer", after: "draft", days: 7 },
  ];
  return {
    freelancer: party({
      name: "Fran",
      timeZone: "Europe/Berlin",
      publicHolidays: { country: "DE", region: "BE" },
      officeHours: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", to: "17:00" }],
    }),
    client: party({ name: "Clara", timeZone: "America/New_York" }),
    schedule: { startDate: "2027-03-01", milestones },
    fees: {
      model: "fixed-fee",
      amount: "2400",
      instalments: [
        { label: "Deposit", percent: 50, due: "signing" },
        { label: "On the draft", percent: 25, due: "milestone", milestone: "draft" },
        { label: "On completion", percent: 25, due: "completion" },
      ],
    },
  };
};

describe("derive", () => {
  it.each([
    // Hard: five Berlin business days after Thursday 25 March 2027 skip Good Friday and
    // Easter Monday; the payment due on the draft and the completion move with it.
    ["2027-03-25", "2027-04-05", "2027-04-12"],
    // The client moves the interview a week earlier: no holidays in the way.
    ["2027-03-18", "2027-03-25", "2027-04-01"],
  ])(
    "the interview on %s puts the draft on %s and the end on %s",
    (interviewOn, draftOn, finalOn) => {
      const facts = derive(resolved(projectWith(interviewOn)));
      expect(facts.milestones.map((m) => [m.id, m.dueOn])).toEqual([
        ["interview", interviewOn],
        ["draft", draftOn],
        ["final", finalOn],
      ]);
      expect(facts.money.instalments.map((i) => i.dueOn)).toEqual([undefined, draftOn, finalOn]);
    },
  );

  it("reports office hours of the party that gives them only", () => {
    const facts = derive(resolved(projectWith("2027-03-18")));
    expect(facts.officeHours.client).toBeUndefined();
    expect(facts.officeHours.freelancer?.differenceHours).toBe(-6);
    // Hard: open-ended, so the 12 months from the start count (to 29 February 2028).
    // On the issue date New York is 6 hours behind Berlin; 5 while only the US is on
    // summer time. Spring 2028 (12 March) is past the 12 months.
    expect(facts.officeHours.freelancer?.offsetChanges).toEqual([
      { from: "2027-03-14", until: "2027-03-27", differenceHours: -5 },
      { from: "2027-10-31", until: "2027-11-06", differenceHours: -5 },
    ]);
  });

  it("is pure: frozen input, plain JSON output, same facts every time", () => {
    const input = deepFreeze(resolved(projectWith("2027-03-25")));
    const facts = derive(input);
    expect(JSON.parse(JSON.stringify(facts))).toEqual(facts);
    expect(derive(input)).toEqual(facts);
  });
});

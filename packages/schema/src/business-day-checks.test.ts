import { describe, expect, it } from "vitest";
import { engagementWith } from "./test-engagement.js";
import { validateValue } from "./validate.js";

const milestones = [
  { id: "kickoff", title: "Kickoff", owner: "client", dueOn: "2027-04-01" },
  { id: "draft", title: "Draft", owner: "freelancer", after: "kickoff", businessDays: 1 },
];

const diagnosticsOf = (weekdays: string[], plan = milestones) =>
  validateValue(
    engagementWith(["/freelancer/daysOff/weekdays", weekdays], ["/schedule/milestones", plan]),
  ).diagnostics;

describe("business days", () => {
  it("refuse counting business days of an owner who takes every weekday off", () => {
    expect(diagnosticsOf(["mon", "tue", "wed", "thu", "fri"])).toEqual([
      {
        severity: "error",
        code: "NO_BUSINESS_DAYS",
        pointer: "/schedule/milestones/1/businessDays",
        message:
          "milestone 'draft' counts business days of the freelancer, but /freelancer/daysOff/weekdays takes Monday to Friday off, so there is no business day to count",
        hint: 'business days are Monday to Friday; count "days" instead, or take fewer weekdays off',
      },
    ]);
  });

  it("refuse it when the weekend is listed too, in any order", () => {
    expect(
      diagnosticsOf(["sun", "fri", "thu", "wed", "tue", "mon", "sat"]).map((d) => d.code),
    ).toEqual(["NO_BUSINESS_DAYS"]);
  });

  it.each([
    ["one weekday worked", ["mon", "tue", "wed", "thu"], milestones],
    [
      "calendar days counted",
      ["mon", "tue", "wed", "thu", "fri"],
      [milestones[0], { ...milestones[1], businessDays: undefined, days: 3 }],
    ],
    [
      "the other party's business days counted",
      ["mon", "tue", "wed", "thu", "fri"],
      [milestones[0], { ...milestones[1], owner: "client" }],
    ],
  ])("accept %s", (_, weekdays, plan) => {
    expect(diagnosticsOf(weekdays, plan as typeof milestones)).toEqual([]);
  });
});

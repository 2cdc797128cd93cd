import type { Milestone } from "@clausework/schema";
import { describe, expect, it } from "vitest";
import { clientInputsOf } from "./milestone-chain.js";

const milestones: Milestone[] = [
  { id: "interview", title: "Interview", owner: "client", dueOn: "2027-03-01" },
  { id: "notes", title: "Notes", owner: "freelancer", after: "interview", days: 0 },
  { id: "draft", title: "Draft", owner: "freelancer", after: "notes", businessDays: 0 },
  { id: "final", title: "Final", owner: "freelancer", after: "draft", days: 3 },
];
const byId = new Map(milestones.map((m) => [m.id, m]));

describe("clientInputsOf", () => {
  it("finds the client input through freelancer steps, with no time between when all add 0", () => {
    const [, , draft, final] = milestones;
    if (draft === undefined || final === undefined) throw new Error("fixture");
    expect(clientInputsOf(draft, byId)).toEqual([{ input: milestones[0], noTimeBetween: true }]);
    expect(clientInputsOf(final, byId)).toEqual([{ input: milestones[0], noTimeBetween: false }]);
  });

  it("has no inputs for a milestone with an absolute date", () => {
    const [interview] = milestones;
    if (interview === undefined) throw new Error("fixture");
    expect(clientInputsOf(interview, byId)).toEqual([]);
  });
});

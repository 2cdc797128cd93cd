import type { Milestone } from "@clausework/schema";
import type { DatedMilestone, Facts } from "../../facts.js";
import { defineRule } from "../define-rule.js";
import { quoted } from "../format.js";
import { clientInputsOf, type ClientInput } from "../milestone-chain.js";
import type { Finding } from "../types.js";

function datesOf(facts: Facts, id: string): DatedMilestone[] {
  return facts.milestones.filter((dated) => dated.id === id);
}

function findingFor(milestone: Milestone, link: ClientInput, facts: Facts): string | undefined {
  const own = datesOf(facts, milestone.id)[0];
  const inputs = datesOf(facts, link.input.id);
  const first = inputs[0];
  const last = inputs.at(-1);
  if (own === undefined || first === undefined || last === undefined) return undefined;
  const name = `${quoted(milestone.title)} (due ${own.dueOn})`;
  const input = `the client's ${quoted(link.input.title)}`;
  if (link.noTimeBetween) {
    return `${name} follows ${input} (due ${first.dueOn}) with no time in between, so you would have to deliver the moment the input arrives.`;
  }
  // A one-off deadline after a repeating input counts from its first occurrence only.
  if (milestone.repeat === undefined && own.dueOn < last.dueOn) {
    return `${name} counts from the first ${input} (${first.dueOn}), so it falls before the client's later inputs (the last on ${last.dueOn}).`;
  }
  return undefined;
}

export const deadlineBeforeInput = defineRule({
  id: "deadline-before-input",
  severity: "warning",
  title: "A deadline falls before the input it depends on",
  check(engagement, facts) {
    const milestones = engagement.schedule.milestones ?? [];
    const byId = new Map(milestones.map((milestone) => [milestone.id, milestone]));
    return milestones.flatMap((milestone, index): Finding[] => {
      if (milestone.owner !== "freelancer") return [];
      for (const link of clientInputsOf(milestone, byId)) {
        const message = findingFor(milestone, link, facts);
        if (message === undefined) continue;
        return [
          {
            pointer: `/schedule/milestones/${index}`,
            message,
            hint: 'Count the deadline from the input it needs, with "after" and at least one day ("days" or "businessDays"), so it moves when the input is late.',
          },
        ];
      }
      return [];
    });
  },
});

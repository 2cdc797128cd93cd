// The client milestones a milestone depends on: the `after` links followed upwards, each
// with whether every step between them adds no time at all (days or businessDays 0).
import type { Milestone } from "@clausework/schema";

export type ClientInput = {
  readonly input: Milestone;
  /** True when the dependant falls due the moment the input does. */
  readonly noTimeBetween: boolean;
};

function offsetOf(milestone: Milestone): number {
  return milestone.businessDays ?? milestone.days ?? 0;
}

export function clientInputsOf(
  milestone: Milestone,
  byId: ReadonlyMap<string, Milestone>,
): ClientInput[] {
  const inputs: ClientInput[] = [];
  const seen = new Set<string>([milestone.id]);
  let noTimeBetween = offsetOf(milestone) === 0;
  let parent = milestone.after === undefined ? undefined : byId.get(milestone.after);
  while (parent !== undefined && !seen.has(parent.id)) {
    seen.add(parent.id); // validation rejects cycles; this keeps a bad input from looping
    if (parent.owner === "client") inputs.push({ input: parent, noTimeBetween });
    noTimeBetween = noTimeBetween && offsetOf(parent) === 0;
    parent = parent.after === undefined ? undefined : byId.get(parent.after);
  }
  return inputs;
}

import { error, type Finding } from "./diagnostic.js";
import type { Engagement, Milestone } from "./engagement.generated.js";
import { didYouMean } from "./suggest.js";

// Milestones form a graph through `after`: every reference must name a
// milestone, and no chain may lead back to where it started.

const base = (index: number) => `/schedule/milestones/${index}`;

export function milestoneFindings(engagement: Engagement): Finding[] {
  const milestones = engagement.schedule.milestones ?? [];
  const ids = firstIndexById(milestones);
  return [
    ...duplicateIds(
      milestones.map((milestone) => milestone.id),
      base,
      "milestone",
    ),
    ...duplicateIds(
      engagement.deliverables.map((deliverable) => deliverable.id),
      (index) => `/deliverables/${index}`,
      "deliverable",
    ),
    ...milestones.flatMap((milestone, index) => dueFindings(milestone, index)),
    ...milestones.flatMap((milestone, index) =>
      milestone.after === undefined ? [] : reference(milestone.after, `${base(index)}/after`, ids),
    ),
    ...(engagement.fees.instalments ?? []).flatMap((instalment, index) =>
      instalment.milestone === undefined
        ? []
        : reference(instalment.milestone, `/fees/instalments/${index}/milestone`, ids),
    ),
    ...cycles(milestones, ids),
  ];
}

function firstIndexById(milestones: readonly Milestone[]): ReadonlyMap<string, number> {
  const ids = new Map<string, number>();
  milestones.forEach((milestone, index) => {
    if (!ids.has(milestone.id)) ids.set(milestone.id, index);
  });
  return ids;
}

function duplicateIds(
  ids: readonly (string | undefined)[],
  pointer: (index: number) => string,
  what: string,
): Finding[] {
  const seen = new Map<string, number>();
  const findings: Finding[] = [];
  ids.forEach((id, index) => {
    if (id === undefined) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else {
      const message = `${what} id '${id}' is already used by ${what} ${first + 1}`;
      findings.push(error("DUPLICATE_ID", `${pointer(index)}/id`, message, "ids must be unique"));
    }
  });
  return findings;
}

/** Due on a date, or after another milestone by days or business days: exactly one way. */
function dueFindings(milestone: Milestone, index: number): Finding[] {
  const { dueOn, after, days, businessDays } = milestone;
  const problem =
    dueOn !== undefined && after !== undefined
      ? "give dueOn or after, not both"
      : dueOn === undefined && after === undefined
        ? "needs dueOn, or after with days or businessDays"
        : after !== undefined && days === undefined && businessDays === undefined
          ? "after needs days or businessDays"
          : days !== undefined && businessDays !== undefined
            ? "give days or businessDays, not both"
            : after === undefined && (days !== undefined || businessDays !== undefined)
              ? "days and businessDays count from after: name the milestone in after, or use dueOn"
              : undefined;
  if (problem === undefined) return [];
  const hint = 'e.g. "dueOn": "2027-03-01", or "after": "kickoff", "days": 7';
  return [error("MILESTONE_DUE", base(index), `milestone '${milestone.id}': ${problem}`, hint)];
}

function reference(id: string, pointer: string, ids: ReadonlyMap<string, number>): Finding[] {
  if (ids.has(id)) return [];
  const message = `no milestone has the id '${id}'`;
  return [
    error(
      "UNKNOWN_REFERENCE",
      pointer,
      message,
      didYouMean(id, ids.keys()) ?? "use the id of a milestone",
    ),
  ];
}

/**
 * Each milestone has at most one `after`, so following it from any milestone
 * either ends or runs into a cycle. Each cycle is reported once, at its
 * first milestone in file order.
 */
function cycles(milestones: readonly Milestone[], ids: ReadonlyMap<string, number>): Finding[] {
  const next = (index: number) => {
    const after = milestones[index]?.after;
    return after === undefined ? undefined : ids.get(after);
  };
  const state = new Array<"new" | "active" | "done">(milestones.length).fill("new");
  const found: Finding[] = [];
  for (let start = 0; start < milestones.length; start++) {
    const path: number[] = [];
    let current: number | undefined = start;
    while (current !== undefined && state[current] === "new") {
      state[current] = "active";
      path.push(current);
      current = next(current);
    }
    if (current !== undefined && state[current] === "active")
      found.push(cycleFinding(path.slice(path.indexOf(current)), milestones));
    for (const index of path) state[index] = "done";
  }
  return found;
}

function cycleFinding(cycle: readonly number[], milestones: readonly Milestone[]): Finding {
  const first = Math.min(...cycle);
  const rotated = [
    ...cycle.slice(cycle.indexOf(first)),
    ...cycle.slice(0, cycle.indexOf(first)),
    first,
  ];
  const chain = rotated.map((index) => milestones[index]?.id ?? "?").join(" → ");
  return error(
    "DEPENDENCY_CYCLE",
    `${base(first)}/after`,
    `milestones wait for each other in a circle: ${chain}`,
    "one milestone in the circle needs a dueOn date instead of after",
  );
}

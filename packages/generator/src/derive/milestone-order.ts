// Milestones in dependency order: each one after the milestone it counts from, so a
// single pass dates them all and a moved client date carries its dependants along.
import { DeriveError } from "./errors.js";

type Node = { readonly id: string; readonly after?: string };

/**
 * Kahn's algorithm over the `after` links (each milestone has at most one). Roots keep
 * their input order; dependants follow breadth-first. Every node is queued at most once,
 * so a cycle cannot loop: its members are simply never reached, and we report them.
 */
export function dependencyOrder<T extends Node>(milestones: readonly T[]): T[] {
  const ids = new Set(milestones.map((milestone) => milestone.id));
  const dependants = new Map<string, T[]>();
  const queue: T[] = [];
  milestones.forEach((milestone, index) => {
    if (milestone.after === undefined) {
      queue.push(milestone);
      return;
    }
    if (!ids.has(milestone.after)) {
      throw new DeriveError(
        "MILESTONE_UNKNOWN_AFTER",
        `Milestone "${milestone.id}" follows "${milestone.after}", which is not a milestone`,
        `/schedule/milestones/${index}/after`,
      );
    }
    dependants.set(milestone.after, [...(dependants.get(milestone.after) ?? []), milestone]);
  });
  const ordered: T[] = [];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    ordered.push(next);
    queue.push(...(dependants.get(next.id) ?? []));
    dependants.delete(next.id); // a duplicated id must not queue its dependants twice
  }
  if (ordered.length < milestones.length) {
    const stuck = milestones.filter((milestone) => !ordered.includes(milestone));
    throw new DeriveError(
      "MILESTONE_CYCLE",
      `Milestones follow each other in a circle: ${stuck.map((m) => m.id).join(", ")}`,
      "/schedule/milestones",
    );
  }
  return ordered;
}

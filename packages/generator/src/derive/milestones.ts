// Absolute dates for both parties' deadlines. Rules for repeating milestones:
// - A milestone after a repeating one counts from that one's FIRST occurrence, and then
//   repeats on its own cadence (if it repeats at all).
// - Exception, pairing: when both repeat with the same `every`, occurrence i counts from
//   occurrence i of the one it follows ("draft 3 business days after each weekly
//   interview"), so holidays move each pair on its own. Occurrences beyond the followed
//   milestone's count continue the dependant's own cadence from its first date.
import type { Milestone } from "@clausework/schema";
import { Temporal } from "temporal-polyfill";
import type { DatedMilestone, MilestoneBasis, PartyRole } from "../facts.js";
import type { ResolvedEngagement } from "../resolve.js";
import { DeriveError } from "./errors.js";
import { dependencyOrder } from "./milestone-order.js";
import { occurrenceOn, occurrences } from "./repeat.js";
import { addBusinessDays, workingDaysOf, type WorkingDays } from "./working-days.js";
import { dateText } from "./date-text.js";

type Dates = readonly Temporal.PlainDate[];

type Context = {
  readonly byId: ReadonlyMap<string, Milestone>;
  readonly datesById: Map<string, Dates>;
  readonly workingDays: Readonly<Record<PartyRole, WorkingDays>>;
};

function shiftFrom(milestone: Milestone, context: Context) {
  return (date: Temporal.PlainDate): Temporal.PlainDate =>
    milestone.businessDays === undefined
      ? date.add({ days: milestone.days ?? 0 })
      : addBusinessDays(date, milestone.businessDays, context.workingDays[milestone.owner]);
}

function datesOf(milestone: Milestone, index: number, context: Context): Dates {
  if (milestone.dueOn !== undefined) {
    return occurrences(Temporal.PlainDate.from(milestone.dueOn), milestone.repeat);
  }
  const followed = milestone.after === undefined ? undefined : context.byId.get(milestone.after);
  const followedDates = followed === undefined ? undefined : context.datesById.get(followed.id);
  const firstFollowed = followedDates?.[0];
  if (followed === undefined || followedDates === undefined || firstFollowed === undefined) {
    throw new DeriveError(
      "MILESTONE_UNDATED",
      `Milestone "${milestone.id}" has neither a due date nor a milestone it follows`,
      `/schedule/milestones/${index}`,
    );
  }
  const shift = shiftFrom(milestone, context);
  const first = shift(firstFollowed);
  const repeat = milestone.repeat;
  if (repeat === undefined || followed.repeat?.every !== repeat.every) {
    return occurrences(first, repeat);
  }
  return Array.from({ length: repeat.times }, (_, occurrence) => {
    const pairedWith = followedDates[occurrence];
    return pairedWith === undefined
      ? occurrenceOn(first, repeat.every, occurrence)
      : shift(pairedWith);
  });
}

function basisOf(milestone: Milestone, context: Context): MilestoneBasis | undefined {
  if (milestone.dueOn !== undefined || milestone.after === undefined) return undefined;
  const afterTitle = context.byId.get(milestone.after)?.title ?? milestone.after;
  const base = { after: milestone.after, afterTitle };
  return milestone.businessDays === undefined
    ? { ...base, days: milestone.days ?? 0 }
    : { ...base, businessDays: milestone.businessDays };
}

function factsOf(milestone: Milestone, dates: Dates, context: Context): DatedMilestone[] {
  const basis = basisOf(milestone, context);
  return dates.map((date, index) => ({
    id: milestone.id,
    title: milestone.title,
    owner: milestone.owner,
    dueOn: dateText(date, `milestone "${milestone.id}"`, "/schedule/milestones"),
    ...(dates.length > 1 ? { occurrence: { index: index + 1, of: dates.length } } : {}),
    ...(basis === undefined ? {} : { basis }),
    ...(milestone.description === undefined ? {} : { description: milestone.description }),
  }));
}

const OWNER_ORDER: Readonly<Record<PartyRole, number>> = { client: 0, freelancer: 1 };

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** By date, then client before freelancer, then title; id and occurrence break ties. */
export function compareMilestones(left: DatedMilestone, right: DatedMilestone): number {
  return (
    compareText(left.dueOn, right.dueOn) ||
    OWNER_ORDER[left.owner] - OWNER_ORDER[right.owner] ||
    compareText(left.title, right.title) ||
    compareText(left.id, right.id) ||
    (left.occurrence?.index ?? 0) - (right.occurrence?.index ?? 0)
  );
}

export function datedMilestones(engagement: ResolvedEngagement): DatedMilestone[] {
  const milestones = engagement.schedule.milestones ?? [];
  const context: Context = {
    byId: new Map(milestones.map((milestone) => [milestone.id, milestone])),
    datesById: new Map(),
    workingDays: {
      client: workingDaysOf(engagement.client),
      freelancer: workingDaysOf(engagement.freelancer),
    },
  };
  for (const milestone of dependencyOrder(milestones)) {
    context.datesById.set(milestone.id, datesOf(milestone, milestones.indexOf(milestone), context));
  }
  return milestones
    .flatMap((milestone) => factsOf(milestone, context.datesById.get(milestone.id) ?? [], context))
    .sort(compareMilestones);
}

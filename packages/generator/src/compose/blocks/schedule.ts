import { formatBasis, formatDate } from "@clausework/clauses";
import type { Block, ScheduleEntry } from "@clausework/model";
import type { DatedMilestone } from "../../facts.js";
import { oneLine, type BlockContext } from "./context.js";

function entry(milestone: DatedMilestone, context: BlockContext): ScheduleEntry {
  const { engagement, locale } = context;
  const owner = milestone.owner === "client" ? engagement.client : engagement.freelancer;
  const occurrence = milestone.occurrence;
  const title =
    occurrence === undefined
      ? milestone.title
      : `${milestone.title} (${occurrence.index} of ${occurrence.of})`;
  const base: ScheduleEntry = {
    date: milestone.dueOn,
    dateText: formatDate(milestone.dueOn, locale),
    owner: milestone.owner,
    ownerText: oneLine(owner.name),
    title: oneLine(title),
  };
  return milestone.basis === undefined
    ? base
    : { ...base, basis: oneLine(formatBasis(milestone.basis, locale)) };
}

/** Both parties' deadlines as one timeline, in the order derive sorted them. */
export function scheduleBlock(context: BlockContext): Block[] {
  const milestones = context.facts.milestones;
  if (milestones.length === 0) return [];
  return [
    {
      type: "schedule",
      columns: { date: "Date", owner: "Who", item: "What", basis: "How the date is set" },
      entries: milestones.map((milestone) => entry(milestone, context)),
    },
  ];
}

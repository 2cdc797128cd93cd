import { error, type Finding } from "./diagnostic.js";
import type { Engagement, Party, Weekday } from "./engagement.generated.js";

// Business days run Monday to Friday (weekends never count), less the owner's
// days off and public holidays. An owner with all five weekdays off never has a
// business day, so "after kickoff by 3 business days" has no date at all.

const WORKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri"];

function neverWorks(party: Party): boolean {
  const off = party.daysOff?.weekdays ?? [];
  return WORKDAYS.every((day) => off.includes(day));
}

export function businessDayFindings(engagement: Engagement): Finding[] {
  const milestones = engagement.schedule.milestones ?? [];
  return milestones.flatMap((milestone, index) => {
    if (milestone.businessDays === undefined || !neverWorks(engagement[milestone.owner])) return [];
    return [
      error(
        "NO_BUSINESS_DAYS",
        `/schedule/milestones/${index}/businessDays`,
        `milestone '${milestone.id}' counts business days of the ${milestone.owner}, but /${milestone.owner}/daysOff/weekdays takes Monday to Friday off, so there is no business day to count`,
        `business days are Monday to Friday; count "days" instead, or take fewer weekdays off`,
      ),
    ];
  });
}

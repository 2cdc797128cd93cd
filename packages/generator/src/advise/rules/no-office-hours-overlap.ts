import { defineRule } from "../define-rule.js";
import { longestOverlapMinutes } from "../office-overlap.js";
import { plural } from "../format.js";

/** Less than an hour in common is too little for a call with any slack. */
const MIN_OVERLAP_MINUTES = 60;

export const noOfficeHoursOverlap = defineRule({
  id: "no-office-hours-overlap",
  severity: "warning",
  title: "The parties' office hours do not overlap",
  check(_engagement, facts) {
    const { freelancer, client } = facts.officeHours;
    if (freelancer === undefined || client === undefined) return [];
    if (freelancer.windows.length === 0 || client.windows.length === 0) return [];
    // The freelancer's windows as the client reads them; the same when both share a zone.
    const freelancerWindows = freelancer.windowsInOtherZone ?? freelancer.windows;
    const overlap = longestOverlapMinutes(freelancerWindows, client.windows);
    if (overlap >= MIN_OVERLAP_MINUTES) return [];
    const shared =
      overlap === 0
        ? "never overlap"
        : `overlap by ${plural(overlap, "minute", "minutes")} at most`;
    return [
      {
        pointer: "/freelancer/officeHours",
        message: `Your office hours and the client's ${shared} on any weekday (compared in the client's time zone, ${client.timeZone}), so there is no time for a call that suits both.`,
        hint: "Add a window of at least an hour when both of you are at work, e.g. one early or late slot a week for calls.",
      },
    ];
  },
});

import type { Party } from "@clausework/schema";
import type { Temporal } from "temporal-polyfill";
import type { OfficeHoursFacts, PartyRole } from "../facts.js";
import { asWritten, convertWindows } from "./convert-windows.js";
import { offsetChanges } from "./offset-changes.js";
import { differenceHoursAt, noonOf } from "./zone-offsets.js";

export type OfficeHoursDates = {
  readonly issuedOn: Temporal.PlainDate;
  /** The term in which offset changes are reported (open-ended terms: 12 months). */
  readonly term: { readonly start: Temporal.PlainDate; readonly end: Temporal.PlainDate };
};

/** One party's office hours, also in the other party's zone; undefined when none are given. */
export function officeHoursFacts(
  owner: PartyRole,
  party: Party,
  otherParty: Party,
  dates: OfficeHoursDates,
): OfficeHoursFacts | undefined {
  const windows = party.officeHours ?? [];
  if (windows.length === 0) return undefined;
  const written = windows.map(asWritten);
  if (party.timeZone === otherParty.timeZone) {
    return { owner, timeZone: party.timeZone, windows: written, offsetChanges: [] };
  }
  const zones = { own: party.timeZone, other: otherParty.timeZone };
  // Zone arithmetic is the slow part of derive: the difference on the issue date once.
  const differenceHours = differenceHoursAt(
    noonOf(dates.issuedOn, zones.own),
    zones.own,
    zones.other,
  );
  return {
    owner,
    timeZone: zones.own,
    otherTimeZone: zones.other,
    windows: written,
    windowsInOtherZone: convertWindows(windows, dates.issuedOn, zones, differenceHours),
    offsetChanges: offsetChanges(zones, dates.issuedOn, dates.term, differenceHours),
    differenceHours,
  };
}

// What a generated engagement exercises, so a test can check that a run of
// generated engagements covered every feature (an arbitrary that quietly
// narrowed would still pass every property).
import type { Engagement } from "@clausework/schema";
import { HOSTILE } from "./text.js";

const CHECKS: Readonly<Record<string, (engagement: Engagement) => boolean>> = {
  handover: (e) => e.handover !== undefined,
  "milestone after days": (e) => (e.schedule.milestones ?? []).some((m) => m.days !== undefined),
  "milestone after business days": (e) =>
    (e.schedule.milestones ?? []).some((m) => m.businessDays !== undefined),
  "repeating milestone": (e) => (e.schedule.milestones ?? []).some((m) => m.repeat !== undefined),
  "instalments by percent": (e) => (e.fees.instalments ?? []).some((i) => i.percent !== undefined),
  "instalments by amount": (e) => (e.fees.instalments ?? []).some((i) => i.amount !== undefined),
  "instalment due on a milestone": (e) =>
    (e.fees.instalments ?? []).some((i) => i.milestone !== undefined),
  "deposit by amount": (e) => e.fees.deposit?.amount !== undefined,
  "deposit by percent": (e) => e.fees.deposit?.percent !== undefined,
  "amount as a string": (e) => typeof e.fees.amount === "string",
  "amount as a number": (e) => typeof e.fees.amount === "number",
  "currency without decimals": (e) => e.currency === "JPY",
  "currency with three decimals": (e) => e.currency === "KWD" || e.currency === "BHD",
  "office hours across midnight": (e) =>
    [e.freelancer, e.client].some((p) => (p.officeHours ?? []).some((w) => w.to < w.from)),
  "hostile text": (e) =>
    HOSTILE.some((text) => JSON.stringify(e).includes(JSON.stringify(text).slice(1, -1))),
  "line break in free text": (e) => JSON.stringify(e).includes("\\n"),
  "late fee": (e) => e.fees.lateFee !== undefined,
  rights: (e) => e.rights !== undefined,
  signatures: (e) => e.signatures !== undefined,
  method: (e) => e.method !== undefined,
  scope: (e) => e.scope !== undefined,
  metadata: (e) => e.metadata !== undefined,
  statutory: (e) => e.statutory !== undefined,
  "custom clauses": (e) => e.customClauses !== undefined,
};

export const FEATURES: readonly string[] = Object.keys(CHECKS);

export function featuresOf(engagement: Engagement): string[] {
  return FEATURES.filter((feature) => CHECKS[feature]?.(engagement) === true);
}

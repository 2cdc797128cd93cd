// Mutations of rules the schema alone cannot express: milestone ids and the
// graph their `after` references form, the cross-field rules of fees, dates
// and rights, and custom clause templates. Each breaks one rule in place and returns the
// pointer the validator must blame.
import type { Mutate } from "./mutations-value.js";
import { dateAt, dayOf } from "./scalars.js";
import { isObject, type Json } from "./schema-walk.js";

/** Cannot be a generated id: the slug parts of generated ids have at most 8 characters. */
const MISSING_ID = "missing-milestone-zz";

function milestonesOf(engagement: Json): Json[] {
  const schedule = engagement.schedule as Json;
  if (!Array.isArray(schedule.milestones) || schedule.milestones.length === 0) {
    schedule.milestones = [
      { id: "kickoff", title: "Kickoff", owner: "client", dueOn: String(schedule.startDate) },
    ];
  }
  return schedule.milestones as Json[];
}

/** Makes a milestone follow `after`: no dueOn, and days unless it counts business days. */
function follow(milestone: Json, after: string): void {
  delete milestone.dueOn;
  milestone.after = after;
  if (milestone.days === undefined && milestone.businessDays === undefined) milestone.days = 3;
}

export const duplicateMilestoneId: Mutate = (engagement, pick) => {
  const milestones = milestonesOf(engagement);
  const original = milestones[pick % milestones.length] ?? {};
  const schedule = engagement.schedule as Json;
  milestones.push({
    id: original.id,
    title: "Copy",
    owner: "freelancer",
    dueOn: schedule.startDate,
  });
  return `/schedule/milestones/${milestones.length - 1}/id`;
};

export const duplicateDeliverableId: Mutate = (engagement, pick) => {
  const deliverables = engagement.deliverables as Json[];
  const withId = deliverables.filter((deliverable) => typeof deliverable.id === "string");
  const original = withId[pick % Math.max(1, withId.length)];
  if (original === undefined) return undefined;
  deliverables.push({ id: original.id, title: "Copy", quantity: 1 });
  return `/deliverables/${deliverables.length - 1}/id`;
};

export const danglingAfter: Mutate = (engagement, pick) => {
  const instalments = (engagement.fees as Json).instalments;
  if (pick & 1 && Array.isArray(instalments) && instalments.length > 0) {
    const index = (pick >> 1) % instalments.length;
    const instalment = instalments[index] as Json;
    delete instalment.dueOn;
    Object.assign(instalment, { due: "milestone", milestone: MISSING_ID });
    return `/fees/instalments/${index}/milestone`;
  }
  const milestones = milestonesOf(engagement);
  const index = (pick >> 1) % milestones.length;
  follow(milestones[index] ?? {}, MISSING_ID);
  return `/schedule/milestones/${index}/after`;
};

/** A self-loop, or two milestones waiting for each other; blamed at the first in file order. */
export const dependencyCycle: Mutate = (engagement, pick) => {
  const milestones = milestonesOf(engagement);
  const first = pick % milestones.length;
  const second = first + ((pick >> 8) % (milestones.length - first));
  const [a, b] = [milestones[first], milestones[second]];
  if (a === undefined || b === undefined) return undefined;
  follow(a, String(b.id));
  follow(b, String(a.id));
  return `/schedule/milestones/${first}/after`;
};

export const depositConflict: Mutate = (engagement) => {
  const fees = engagement.fees as Json;
  // No deposit: an empty one (neither); otherwise the part it lacks (both).
  const deposit = isObject(fees.deposit) ? fees.deposit : undefined;
  if (deposit === undefined) fees.deposit = { refundable: true };
  else if (deposit.percent === undefined) deposit.percent = 10;
  else deposit.amount = "100";
  return "/fees/deposit";
};

export const percentSumOff: Mutate = (engagement) => {
  const fees = engagement.fees as Json;
  const instalments = fees.instalments;
  const first = Array.isArray(instalments) ? (instalments[0] as Json | undefined) : undefined;
  if (first === undefined || typeof first.percent !== "number") {
    fees.instalments = [{ label: "Deposit", percent: 40, due: "signing" }];
  } else {
    first.percent = first.percent >= 99 ? first.percent - 1 : first.percent + 1;
  }
  return "/fees/instalments";
};

export const dateOrder: Mutate = (engagement, pick) => {
  if (pick & 1) {
    const schedule = engagement.schedule as Json;
    schedule.endDate = dateAt(dayOf(String(schedule.startDate)) - 1 - (pick % 300));
    return "/schedule/endDate";
  }
  delete engagement.validForDays;
  engagement.validUntil = dateAt(dayOf(String(engagement.issuedOn)) - 1 - (pick % 300));
  return "/validUntil";
};

export const portfolioWithoutDate: Mutate = (engagement) => {
  const rights = isObject(engagement.rights) ? engagement.rights : {};
  engagement.rights = rights;
  rights.portfolio = "after-date";
  delete rights.portfolioAfter;
  return "/rights/portfolioAfter";
};

/** Templates the custom clause check refuses: unknown fields, prototype paths, limits. */
const BAD_TEMPLATES = [
  "{{secretNotes}}",
  "{{lookup this '__proto__'}}",
  "{{__proto__.polluted}}",
  '{{#with "s" as |string|}}{{string.split}}{{/with}}',
  "{{constructor.constructor 'return process'}}",
  "{{client.name",
  "{{> header}}",
  "{{unknownHelper client.name}}",
  "{{client.name}} ".repeat(501),
  `${"{{#if client.name}}".repeat(12)}x${"{{/if}}".repeat(12)}`,
];

export const badCustomClause: Mutate = (engagement, pick) => {
  if (!Array.isArray(engagement.customClauses) || engagement.customClauses.length === 0) {
    engagement.customClauses = [{ id: "mine", title: "Mine", documents: ["contract"] }];
  }
  const clauses = engagement.customClauses as Json[];
  const index = pick % clauses.length;
  const clause = clauses[index] ?? {};
  clause.template = BAD_TEMPLATES[(pick >> 4) % BAD_TEMPLATES.length];
  return `/customClauses/${index}/template`;
};

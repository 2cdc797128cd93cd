// A whole valid engagement, every part of the schema present or absent at
// random. Values that depend on each other are generated in order: the issue
// date first, then the schedule (its milestone ids), then the fees that may
// name those milestones, all in one currency.
import fc from "fast-check";
import type { Engagement } from "@clausework/schema";
import { customClauses } from "./custom-clauses.js";
import { fees } from "./fees.js";
import { handover } from "./handover.js";
import { party } from "./party.js";
import { deliverables, metadata, method, project, rights, scope, signatures } from "./parts.js";
import {
  calendarDate,
  currency,
  dateAround,
  dateFrom,
  jurisdiction,
  locale,
  slug,
} from "./scalars.js";
import { schedule } from "./schedule.js";
import { LIGHT, maybe, sparseRecord, type Shape } from "./shape.js";

/** validUntil (on or after the issue date), validForDays, or neither; never both. */
const offer = (issuedOn: string) =>
  fc.oneof(
    fc.constant({}),
    dateFrom(issuedOn, 90).map((validUntil) => ({ validUntil })),
    fc.integer({ min: 1, max: 365 }).map((validForDays) => ({ validForDays })),
  );

const statutory = (issuedOn: string) =>
  fc.record({
    referenceRatePercent: fc.integer({ min: -500, max: 3000 }).map((n) => n / 100),
    referenceRateAsOf: dateAround(issuedOn, 400, 0),
  });

const WORKDAYS = ["mon", "tue", "wed", "thu", "fri"];

/**
 * A party may take every weekday off, unless it owns a deadline counted in
 * business days (validate refuses that): then it works on Fridays.
 */
function worksWhenCounted(engagement: Engagement): Engagement {
  const counted = new Set(
    (engagement.schedule.milestones ?? [])
      .filter((milestone) => milestone.businessDays !== undefined)
      .map((milestone) => milestone.owner),
  );
  const fix = (party: Engagement["freelancer"]) => {
    const off = party.daysOff?.weekdays;
    if (off === undefined || !WORKDAYS.every((day) => off.includes(day as never))) return party;
    return {
      ...party,
      daysOff: { ...party.daysOff, weekdays: off.filter((day) => day !== "fri") },
    };
  };
  return {
    ...engagement,
    freelancer: counted.has("freelancer") ? fix(engagement.freelancer) : engagement.freelancer,
    client: counted.has("client") ? fix(engagement.client) : engagement.client,
  };
}

/** A valid engagement; `shape` sets how many of the optional parts it has. */
export function validEngagement(shape: Shape = LIGHT): fc.Arbitrary<Engagement> {
  const optional = <T>(arbitrary: fc.Arbitrary<T>) => maybe(shape, arbitrary);
  return fc.tuple(calendarDate(), currency()).chain(([issuedOn, code]) =>
    schedule(shape, issuedOn).chain((plan) => {
      const ids = (plan.milestones ?? []).map((milestone) => milestone.id);
      const start = plan.startDate;
      return fc
        .tuple(
          sparseRecord({
            $schema: optional(fc.constant("../../schemas/engagement.schema.json")),
            id: slug(),
            issuedOn: fc.constant(issuedOn),
            locale: locale(),
            currency: fc.constant(code),
            jurisdiction: optional(jurisdiction()),
            pageSize: optional(fc.constantFrom("A4", "LETTER")),
            statutory: optional(statutory(issuedOn)),
            freelancer: party(shape),
            client: party(shape),
            project: project(shape),
            scope: optional(scope(shape)),
            deliverables: deliverables(shape),
            schedule: fc.constant(plan),
            method: optional(method(shape)),
            fees: fees(shape, code, ids, start),
            rights: optional(rights(shape, start)),
            signatures: optional(signatures(shape)),
            handover: optional(handover(shape, code, start)),
            customClauses: optional(customClauses(shape)),
            metadata: optional(metadata()),
          }),
          offer(issuedOn),
        )
        .map(([engagement, validity]) => worksWhenCounted({ ...engagement, ...validity }));
    }),
  );
}

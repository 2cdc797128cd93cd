// Schedule and milestones. Milestones form a DAG by construction: each one is
// due on a date, or after an EARLIER milestone by days or business days, so no
// chain can lead back to where it started. Some repeat, a few hundred times.
import fc from "fast-check";
import type { Milestone, Schedule } from "@clausework/schema";
import { dateAround, dateFrom, slug } from "./scalars.js";
import { maybe, sparseRecord, type Shape } from "./shape.js";
import { freeText, lineText } from "./text.js";

/** Mostly a handful of occurrences; now and then up to the schema's 520. */
const repeat = (): fc.Arbitrary<NonNullable<Milestone["repeat"]>> =>
  fc.record({
    every: fc.constantFrom("week", "fortnight", "month", "quarter"),
    times: fc.oneof(
      { weight: 12, arbitrary: fc.integer({ min: 2, max: 12 }) },
      { weight: 1, arbitrary: fc.integer({ min: 2, max: 520 }) },
    ),
  });

/** Small offsets usually; the schema's maxima (3650 days, 2000 business days) sometimes. */
const offset = (max: number) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 0, max: 30 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max }) },
  );

type Due = Pick<Milestone, "dueOn" | "after" | "days" | "businessDays">;

function due(earlierIds: readonly string[], near: string): fc.Arbitrary<Due> {
  const onDate: fc.Arbitrary<Due> = dateAround(near, 30, 400).map((dueOn) => ({ dueOn }));
  if (earlierIds.length === 0) return onDate;
  const after = fc.constantFrom(...earlierIds);
  return fc.oneof(
    onDate,
    fc.record({ after, days: offset(3650) }),
    fc.record({ after, businessDays: offset(2000) }),
  );
}

function milestone(
  shape: Shape,
  id: string,
  earlierIds: readonly string[],
  near: string,
): fc.Arbitrary<Milestone> {
  return fc
    .tuple(
      sparseRecord({
        title: lineText(8),
        owner: fc.constantFrom("client", "freelancer"),
        repeat: maybe(shape, repeat()),
        description: maybe(shape, freeText()),
      }),
      due(earlierIds, near),
    )
    .map(([fields, when]) => ({ id, ...fields, ...when }));
}

/** Unique ids, then each milestone may only follow the ones before it. */
export function milestones(shape: Shape, near: string, maxLength = 6): fc.Arbitrary<Milestone[]> {
  return fc
    .uniqueArray(slug(), { maxLength })
    .chain((ids) =>
      fc.tuple(...ids.map((id, index) => milestone(shape, id, ids.slice(0, index), near))),
    );
}

export function schedule(shape: Shape, issuedOn: string): fc.Arbitrary<Schedule> {
  return dateAround(issuedOn, 30, 120).chain((startDate) =>
    sparseRecord({
      startDate: fc.constant(startDate),
      endDate: maybe(shape, dateFrom(startDate, 900)),
      termMonths: maybe(shape, fc.integer({ min: 1, max: 120 })),
      reviewAfterMonths: maybe(shape, fc.integer({ min: 1, max: 60 })),
      milestones: maybe(shape, milestones(shape, startDate)),
    }),
  );
}

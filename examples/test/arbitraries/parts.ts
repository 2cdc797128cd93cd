// The engagement's descriptive parts: project, scope, deliverables, method,
// rights, signatures and metadata.
import fc from "fast-check";
import type {
  Deliverable,
  Method,
  Project,
  Rights,
  Scope,
  Signatory,
  Signatures,
} from "@clausework/schema";
import { dateFrom, nonEmpty, slug } from "./scalars.js";
import { maybe, sparseRecord, type Shape } from "./shape.js";
import { freeText, lineText, lines, nameText } from "./text.js";

export const project = (shape: Shape): fc.Arbitrary<Project> =>
  sparseRecord({ title: lineText(8), summary: maybe(shape, freeText()) });

export const scope = (shape: Shape): fc.Arbitrary<Scope> =>
  sparseRecord({
    summary: maybe(shape, freeText()),
    outOfScope: maybe(shape, lines(4)),
    retainer: maybe(
      shape,
      sparseRecord({
        hoursPerPeriod: maybe(shape, fc.integer({ min: 1, max: 2000 })),
        kindsOfWork: maybe(shape, lines(4)),
      }),
    ),
  });

const deliverable = (shape: Shape, id: string | undefined): fc.Arbitrary<Deliverable> =>
  sparseRecord({
    id: fc.constant(id),
    title: lineText(6),
    quantity: fc.oneof(
      { weight: 9, arbitrary: fc.integer({ min: 1, max: 20 }) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 100_000 }) },
    ),
    unit: maybe(shape, lineText(2)),
    specification: maybe(shape, lineText(8)),
    frequency: maybe(
      shape,
      fc.constantFrom("once", "weekly", "fortnightly", "monthly", "quarterly"),
    ),
    description: maybe(shape, freeText()),
  });

/** One to five deliverables; ids, where given, are unique. */
export const deliverables = (shape: Shape): fc.Arbitrary<[Deliverable, ...Deliverable[]]> =>
  fc
    .uniqueArray(slug(), { minLength: 1, maxLength: 5 })
    .chain((ids) =>
      fc.tuple(
        ...ids.map((id) =>
          maybe(shape, fc.constant(id)).chain((given) => deliverable(shape, given)),
        ),
      ),
    )
    .map(nonEmpty);

const subcontractor = (shape: Shape) =>
  sparseRecord({
    task: lineText(6),
    who: nameText(),
    leadTimeDays: maybe(shape, fc.integer({ min: 0, max: 365 })),
  });

export const method = (shape: Shape): fc.Arbitrary<Method> =>
  sparseRecord({
    images: maybe(shape, freeText()),
    revisionRounds: maybe(shape, fc.integer({ min: 0, max: 20 })),
    fileFormats: maybe(shape, lines(3)),
    research: maybe(shape, freeText()),
    tools: maybe(shape, lines(3)),
    subcontractors: maybe(shape, fc.array(subcontractor(shape), { maxLength: 2 })),
  });

/** portfolioAfter comes exactly when portfolio is after-date. */
export const rights = (shape: Shape, startDate: string): fc.Arbitrary<Rights> =>
  fc
    .tuple(
      sparseRecord({
        ownershipTransfer: maybe(
          shape,
          fc.constantFrom("on-final-payment", "on-delivery", "never"),
        ),
        attribution: maybe(shape, fc.constantFrom("byline", "ghost-written", "credit-line")),
        creditLine: maybe(shape, lineText(5)),
        allowedUses: maybe(shape, lines(3)),
        forbiddenUses: maybe(shape, lines(3)),
        confidentialityYears: maybe(shape, fc.integer({ min: 0, max: 50 })),
      }),
      maybe(
        shape,
        fc.oneof(
          fc.constantFrom("yes", "with-permission", "no").map((portfolio) => ({ portfolio })),
          dateFrom(startDate, 900).map((portfolioAfter) => ({
            portfolio: "after-date" as const,
            portfolioAfter,
          })),
        ),
      ),
    )
    .map(([fields, portfolio]) => ({ ...fields, ...portfolio }));

const signatory = (shape: Shape): fc.Arbitrary<Signatory> =>
  sparseRecord({ name: nameText(), title: maybe(shape, lineText(5)) });

export const signatures = (shape: Shape): fc.Arbitrary<Signatures> =>
  sparseRecord({
    freelancer: maybe(
      shape,
      fc.array(signatory(shape), { minLength: 1, maxLength: 3 }).map(nonEmpty),
    ),
    client: maybe(shape, fc.array(signatory(shape), { minLength: 1, maxLength: 3 }).map(nonEmpty)),
  });

/** Keys that match the naming rule and do not look like secrets. */
const METADATA_KEYS = ["crmId", "source", "owner.region", "ref_2", "Pipeline-Stage", "x"];

export const metadata = (): fc.Arbitrary<Record<string, string>> =>
  fc.dictionary(fc.constantFrom(...METADATA_KEYS), lineText(3), { maxKeys: 4 });

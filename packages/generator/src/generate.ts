// The generator's one entry point: a valid engagement in, facts, advice and
// document models out. Each stage is a plain function; this file only orders
// them. Pure: no files, no clock, no renderer.
import type { DocumentKind, DocumentModel } from "@clausework/model";
import type { Engagement } from "@clausework/schema";
import { advise } from "./advise/index.js";
import type { AdviseOptions, Diagnostic } from "./advise/types.js";
import { compose } from "./compose/index.js";
import { derive } from "./derive/index.js";
import type { Facts } from "./facts.js";
import { resolve, type ResolvedEngagement } from "./resolve.js";

export const documentKinds: readonly DocumentKind[] = ["proposal", "contract", "handover"];

export type GenerateOptions = {
  /** Which documents to compose; all three by default (the handover only when the engagement has one). */
  readonly documents?: readonly DocumentKind[];
  /** Replaces the engagement's issue date, e.g. to re-issue a proposal. YYYY-MM-DD. */
  readonly issuedOn?: string;
  readonly advise?: AdviseOptions;
};

export type GeneratedDocument = { readonly kind: DocumentKind; readonly model: DocumentModel };

export type GenerateResult = {
  readonly resolved: ResolvedEngagement;
  readonly facts: Facts;
  readonly documents: readonly GeneratedDocument[];
  readonly advice: readonly Diagnostic[];
};

/** Documents an engagement can produce: a handover needs handover data. */
export function availableDocuments(engagement: Engagement): DocumentKind[] {
  return documentKinds.filter((kind) => kind !== "handover" || engagement.handover !== undefined);
}

/** The engagement's own reference rate, unless the caller passes one. */
function adviseOptions(engagement: Engagement, options: GenerateOptions): AdviseOptions {
  const rate = engagement.statutory;
  if (rate === undefined) return options.advise ?? {};
  return {
    referenceRatePercent: rate.referenceRatePercent,
    referenceRateAsOf: rate.referenceRateAsOf,
    ...options.advise,
  };
}

export function generate(engagement: Engagement, options: GenerateOptions = {}): GenerateResult {
  const input =
    options.issuedOn === undefined ? engagement : { ...engagement, issuedOn: options.issuedOn };
  const resolved = resolve(input);
  const facts = derive(resolved);
  const wanted = options.documents ?? documentKinds;
  const available = availableDocuments(input);
  const documents = wanted
    .filter((kind) => available.includes(kind))
    .map((kind) => ({ kind, model: compose(resolved, facts, kind) }));
  return {
    resolved,
    facts,
    documents,
    advice: advise(input, facts, adviseOptions(input, options)),
  };
}

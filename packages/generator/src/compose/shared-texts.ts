// Clause texts that the documents of one engagement share. A proposal and its
// contract print most clauses from the same data: the template data differs between
// documents only in the fields below, so a clause that reads none of them prints
// the same Markdown in every document, and is printed once. Keyed by the resolved
// engagement, the facts and the locale (template-data.ts derives everything else
// from them; the pipeline never changes data it has handed on), so a new engagement
// or new facts start empty, and the texts go when they do.
import { fieldsRead } from "@clausework/clauses";
import type { Facts } from "../facts.js";
import type { ResolvedEngagement } from "../resolve.js";
import { PER_DOCUMENT_FIELDS } from "./template-data.js";

export type SharedTexts = Map<string, string>;

const byEngagement = new WeakMap<ResolvedEngagement, WeakMap<Facts, Map<string, SharedTexts>>>();

/** The texts already printed for this engagement, facts and locale, by template source. */
export function sharedTextsOf(
  engagement: ResolvedEngagement,
  facts: Facts,
  locale: string,
): SharedTexts {
  let byFacts = byEngagement.get(engagement);
  if (byFacts === undefined) byEngagement.set(engagement, (byFacts = new WeakMap()));
  let byLocale = byFacts.get(facts);
  if (byLocale === undefined) byFacts.set(facts, (byLocale = new Map()));
  let texts = byLocale.get(locale);
  if (texts === undefined) byLocale.set(locale, (texts = new Map()));
  return texts;
}

/** Whether what `source` prints is the same in every document of the engagement. */
export function printsAlikeInEveryDocument(source: string): boolean {
  const fields = fieldsRead(source);
  return fields !== undefined && !PER_DOCUMENT_FIELDS.some((field) => fields.has(field));
}

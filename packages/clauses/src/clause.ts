import { clauseSources } from "./clauses.generated.js";
import { ClauseError } from "./errors.js";

export type ClauseDocument = "proposal" | "contract" | "handover";

/** A clause as written in clauses/<id>.md: front matter plus a Markdown + Handlebars body. */
export type ClauseSource = {
  readonly id: string;
  /** The section title; a clause without one adds its blocks where it stands. */
  readonly title?: string;
  /** The documents whose templates may use it. */
  readonly documents: readonly ClauseDocument[];
  /** A condition on the template data (see condition.ts); absent means always. */
  readonly when?: string;
  /** The data paths the body reads, for readers and checks. */
  readonly needs: readonly string[];
  readonly body: string;
};

export const clauses: readonly ClauseSource[] = clauseSources;

const byId = new Map(clauses.map((clause) => [clause.id, clause]));

export function clauseById(id: string): ClauseSource {
  const clause = byId.get(id);
  if (clause === undefined) throw new ClauseError(`no clause "${id}"`);
  return clause;
}

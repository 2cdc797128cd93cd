// The user's own clauses (engagement `customClauses`): checked before anything is
// compiled (@clausework/clauses checkCustomClause bounds size and depth and allows
// only template-data paths and known helpers), then rendered exactly like a built-in
// clause, in the same strict environment from the same escaped view, and placed as a
// titled section after the built-in clause or group they name.
import {
  checkCustomClause,
  ClauseError,
  CUSTOM_CLAUSE_NAME,
  renderView,
  type ViewObject,
} from "@clausework/clauses";
import type { Block, DocumentKind } from "@clausework/model";
import { isGroup, templates } from "@clausework/templates";
import type { ResolvedEngagement } from "../resolve.js";
import { ComposeError } from "./errors.js";
import { clauseBlocks, type BuildBlock } from "./markdown/clause-blocks.js";

export type CustomClause = NonNullable<ResolvedEngagement["customClauses"]>[number];

/** A custom clause checked for one document; `after` is absent when it ends the body. */
export type PlacedCustomClause = {
  readonly clause: CustomClause;
  /** Its index in the engagement's `customClauses`, for error pointers. */
  readonly index: number;
  readonly after?: string;
};

/** Ids of built-in clauses and groups, per document. */
function entryIds(kind: DocumentKind): ReadonlySet<string> {
  return new Set(
    templates[kind].manifest.body.flatMap((entry) => {
      if (!isGroup(entry)) return [typeof entry === "string" ? entry : entry.clause];
      const inner = entry.clauses.map((clause) =>
        typeof clause === "string" ? clause : clause.clause,
      );
      return [entry.id, ...inner];
    }),
  );
}

const KINDS: readonly DocumentKind[] = ["proposal", "contract", "handover"];

function invalid(index: number, field: string, message: string): ComposeError {
  return new ComposeError("CUSTOM_CLAUSE_INVALID", message, `/customClauses/${index}/${field}`);
}

function checked(clause: CustomClause, index: number, seen: Set<string>): void {
  if (seen.has(clause.id)) throw invalid(index, "id", `custom clause ${clause.id} appears twice`);
  seen.add(clause.id);
  const [problem] = checkCustomClause(clause.template);
  if (problem !== undefined) {
    const where = `${problem.line}:${problem.column}`;
    throw invalid(index, "template", `custom clause ${clause.id}, ${where}: ${problem.message}`);
  }
  const after = clause.after;
  if (after !== undefined && !KINDS.some((kind) => entryIds(kind).has(after))) {
    throw invalid(
      index,
      "after",
      `custom clause ${clause.id}: no built-in clause or group ${after}`,
    );
  }
}

/**
 * The engagement's custom clauses that `kind` lists, in order, all checked first
 * (so every document reports the same problem). A clause placed after an entry that
 * this document does not have ends its body.
 */
export function customClausesFor(
  engagement: ResolvedEngagement,
  kind: DocumentKind,
): PlacedCustomClause[] {
  const all = engagement.customClauses ?? [];
  const seen = new Set<string>();
  all.forEach((clause, index) => checked(clause, index, seen));
  const ids = entryIds(kind);
  return all.flatMap((clause, index) => {
    if (!clause.documents.includes(kind)) return [];
    const after = clause.after;
    return [after !== undefined && ids.has(after) ? { clause, index, after } : { clause, index }];
  });
}

function reason(error: unknown): string | undefined {
  if (error instanceof ClauseError) return error.message.replace(`${CUSTOM_CLAUSE_NAME}: `, "");
  return error instanceof ComposeError ? error.message : undefined;
}

/**
 * One custom clause as a section. Errors that would mean a bug in a built-in clause
 * (a missing field, unsupported Markdown) are the user's here, so they name the clause.
 */
export function customSection(
  placed: PlacedCustomClause,
  view: ViewObject,
  buildBlock: BuildBlock,
): Block {
  const { clause, index } = placed;
  const id = `custom-${clause.id}`;
  try {
    const markdown = renderView(clause.template, CUSTOM_CLAUSE_NAME, view);
    return {
      type: "section",
      id,
      title: clause.title,
      children: clauseBlocks(id, markdown, buildBlock),
    };
  } catch (error) {
    const message = reason(error);
    if (message === undefined) throw error;
    throw invalid(index, "template", `custom clause ${clause.id}: ${message}`);
  }
}

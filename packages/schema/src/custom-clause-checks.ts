import { checkCustomClause } from "@clausework/clauses";
import { error, type Finding } from "./diagnostic.js";
import type { CustomClause, Engagement } from "./engagement.generated.js";
import { placementFindings } from "./custom-clause-checks-placement.js";
import { customClauseShape } from "./template-shape.js";

// Custom clause templates are code written by users: check each one before
// anything compiles it (size, nesting, only known fields and helpers, every path
// against the shape of the data it will see, the right kind of value for each
// helper), so a hostile or mistaken template is a diagnostic here rather than a
// failure at build time. Positions inside the template are given in the message,
// since the JSON string's escapes make them differ from the file's line and column.
export function customClauseFindings(engagement: Engagement): Finding[] {
  const clauses = engagement.customClauses ?? [];
  return [
    ...duplicateIds(clauses),
    ...clauses.flatMap((clause, index) => [
      ...templateFindings(clause, index),
      ...placementFindings(clause, index),
    ]),
  ];
}

function templateFindings(clause: CustomClause, index: number): Finding[] {
  const problems = checkCustomClause(clause.template, { shape: customClauseShape() });
  return problems.map((problem) =>
    error(
      "CUSTOM_CLAUSE_INVALID",
      `/customClauses/${index}/template`,
      `custom clause ${clause.id}: ${problem.message} (template line ${problem.line}, column ${problem.column})`,
      "custom clauses may print fields of the engagement and use the built-in helpers only",
    ),
  );
}

/** Compose names each clause's section by its id, so two with one id cannot both print. */
function duplicateIds(clauses: readonly CustomClause[]): Finding[] {
  const first = new Map<string, number>();
  return clauses.flatMap((clause, index) => {
    const earlier = first.get(clause.id);
    if (earlier === undefined) {
      first.set(clause.id, index);
      return [];
    }
    return [
      error(
        "DUPLICATE_ID",
        `/customClauses/${index}/id`,
        `custom clause id '${clause.id}' is already used by custom clause ${earlier + 1}`,
        "give each custom clause its own id",
      ),
    ];
  });
}

import { checkCustomClause } from "@clausework/clauses";
import { error, type Finding } from "./diagnostic.js";
import type { Engagement } from "./engagement.generated.js";

// Custom clause templates are code written by users: check each one before
// anything compiles it (size, nesting, only known fields and helpers), so a
// hostile template is a diagnostic here rather than a failure at build time.
// Positions inside the template are given in the message, since the JSON
// string's escapes make them differ from the file's line and column.
export function customClauseFindings(engagement: Engagement): Finding[] {
  return (engagement.customClauses ?? []).flatMap((clause, index) =>
    checkCustomClause(clause.template).map((problem) =>
      error(
        "CUSTOM_CLAUSE_INVALID",
        `/customClauses/${index}/template`,
        `custom clause ${clause.id}: ${problem.message} (template line ${problem.line}, column ${problem.column})`,
        "custom clauses may print fields of the engagement and use the built-in helpers only",
      ),
    ),
  );
}

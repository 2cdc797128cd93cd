// An engagement with the clauses of --clauses after its own customClauses: the
// ids must not clash, and together they stay within the schema's limit. Each
// clause has passed its checks already (check-folder.ts, validate).
import type { Diagnostic, Engagement } from "@clausework/schema";
import type { ClauseFile } from "./check-folder.js";
import type { LocatedDiagnostic } from "./locate.js";
import { MAX_CLAUSE_FILES } from "./read-folder.js";

/** The clause files a build uses, as they travel to a worker thread. */
export type ClauseFiles = { readonly folder: string; readonly files: readonly ClauseFile[] };

/** The merged engagement, or why there is none (clashing ids, too many clauses). */
export type Merged = { readonly engagement?: Engagement; readonly problems: readonly Diagnostic[] };

function clash(file: ClauseFile, index: number, engagementName: string): LocatedDiagnostic {
  return {
    severity: "error",
    code: "DUPLICATE_ID",
    pointer: "/id",
    message: `the id '${file.clause.id}' is also the id of custom clause ${index + 1} in ${engagementName} (/customClauses/${index}/id)`,
    hint: "give each clause its own id",
    ...(file.positions["id"] ?? { line: 1, column: 1 }),
    file: file.file,
  };
}

/** `engagementName` names the engagement's file in messages. */
export function mergeClauses(
  engagement: Engagement,
  clauses: ClauseFiles,
  engagementName: string,
): Merged {
  const own = engagement.customClauses ?? [];
  const clashes: Diagnostic[] = clauses.files.flatMap((file) => {
    const index = own.findIndex((clause) => clause.id === file.clause.id);
    return index < 0 ? [] : [clash(file, index, engagementName)];
  });
  const total = own.length + clauses.files.length;
  if (total > MAX_CLAUSE_FILES) {
    clashes.push({
      severity: "error",
      code: "TOO_MANY",
      pointer: own.length === 0 ? "" : "/customClauses",
      message: `the engagement's ${own.length} custom clauses and the ${clauses.files.length} in ${clauses.folder} make ${total}; at most ${MAX_CLAUSE_FILES} in all`,
      hint: "move some clauses out of the folder, or out of the engagement",
    });
  }
  if (clashes.length > 0) return { problems: clashes };
  const customClauses = [...own, ...clauses.files.map((file) => file.clause)];
  return { engagement: { ...engagement, customClauses }, problems: [] };
}

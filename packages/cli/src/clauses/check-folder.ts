// The clause files of --clauses, each read, parsed and then checked exactly as a
// custom clause in an engagement is: validate runs on a stand-in engagement that
// holds the clause (the clause checks depend on no engagement's values), and
// what it says about the clause is moved to the file. Two files with one id are
// refused here, with both names.
import { validateValue, type CustomClause, type Diagnostic } from "@clausework/schema";
import { hasErrors } from "../build/severity.js";
import { starterEngagement } from "../init/starter.js";
import { parseClauseFile, type FileProblem, type ParsedClauseFile } from "./front-matter.js";
import {
  customClauseAt,
  inClauseFile,
  type ClausePlaces,
  type LocatedDiagnostic,
} from "./locate.js";
import { readClauseFolder, tooLargeMessage } from "./read-folder.js";

/** A clause file that passed every check, ready to join an engagement's customClauses. */
export type ClauseFile = ClausePlaces & {
  readonly sha256: string;
  readonly clause: CustomClause;
  /** Warnings about it (an `after` its documents lack), repeated with every build that uses it. */
  readonly warnings: readonly LocatedDiagnostic[];
};

export type ClauseFileReport =
  | {
      readonly kind: "checked";
      readonly file: string;
      readonly ok: boolean;
      readonly diagnostics: readonly Diagnostic[];
    }
  | { readonly kind: "unreadable"; readonly file: string; readonly reason: string };

export type ClauseFolder = {
  /** As given with --clauses. */
  readonly folder: string;
  /** Every file that passed, in name order; used only when all did (folderFailed). */
  readonly files: readonly ClauseFile[];
  /** One per file, in name order. */
  readonly reports: readonly ClauseFileReport[];
};

// Any valid engagement would do: a clause is checked against the schema's shape.
const STAND_IN = starterEngagement("2027-01-01");

function fileProblem(problem: FileProblem): Diagnostic {
  const { code, pointer, message, line, column } = problem;
  const base: Diagnostic = { severity: "error", code, pointer, message, line, column };
  return problem.hint === undefined ? base : { ...base, hint: problem.hint };
}

function clauseOf(parsed: ParsedClauseFile): Record<string, unknown> {
  const clause: Record<string, unknown> = {};
  for (const [key, field] of parsed.fields) clause[key] = field.value;
  return { ...clause, template: parsed.template };
}

function checkClause(clause: Record<string, unknown>, places: ClausePlaces): LocatedDiagnostic[] {
  const result = validateValue({ ...STAND_IN, customClauses: [clause] });
  return result.diagnostics.flatMap((diagnostic) => {
    const at = customClauseAt(diagnostic.pointer);
    return at === undefined || at.index !== 0 ? [] : [inClauseFile(diagnostic, at.rest, places)];
  });
}

function duplicate(id: string, first: string, places: ClausePlaces): LocatedDiagnostic {
  return {
    severity: "error",
    code: "DUPLICATE_ID",
    pointer: "/id",
    message: `the id '${id}' is also the id of ${first}`,
    hint: "give each clause its own id",
    ...(places.positions["id"] ?? { line: 1, column: 1 }),
    file: places.file,
  };
}

/** Reads and checks every clause file of `folder`; throws UserError when the folder itself is unusable. */
export async function loadClauseFolder(folder: string, cwd: string): Promise<ClauseFolder> {
  const reports: ClauseFileReport[] = [];
  const files: ClauseFile[] = [];
  const owners = new Map<string, string>();
  for (const read of await readClauseFolder(folder, cwd)) {
    const { file } = read;
    if (read.kind === "unreadable") {
      reports.push({ kind: "unreadable", file, reason: read.reason });
      continue;
    }
    if (read.kind === "too-large") {
      const problem = { code: "CLAUSE_FILE_TOO_LARGE", pointer: "", line: 1, column: 1 };
      const diagnostic = fileProblem({ ...problem, message: tooLargeMessage(read.bytes) });
      reports.push({ kind: "checked", file, ok: false, diagnostics: [diagnostic] });
      continue;
    }
    const parsed = parseClauseFile(read.text);
    if ("problem" in parsed) {
      reports.push({
        kind: "checked",
        file,
        ok: false,
        diagnostics: [fileProblem(parsed.problem)],
      });
      continue;
    }
    const positions = Object.fromEntries(
      [...parsed.fields].map(([key, { line, column }]) => [key, { line, column }]),
    );
    const places: ClausePlaces = { file, positions, templateLine: parsed.templateLine };
    const clause = clauseOf(parsed);
    const diagnostics = checkClause(clause, places);
    const id = typeof clause["id"] === "string" ? clause["id"] : undefined;
    const first = id === undefined ? undefined : owners.get(id);
    if (id !== undefined && first !== undefined) diagnostics.push(duplicate(id, first, places));
    else if (id !== undefined) owners.set(id, file);
    const ok = !hasErrors(diagnostics);
    // validate's own diagnostics about a file carry no file name: the report names it.
    const shown = diagnostics
      .map(({ file: _file, ...diagnostic }) => diagnostic)
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    reports.push({ kind: "checked", file, ok, diagnostics: shown });
    if (ok) {
      files.push({
        ...places,
        sha256: read.sha256,
        // validate has just accepted it as a custom clause.
        clause: clause as unknown as CustomClause,
        warnings: diagnostics,
      });
    }
  }
  return { folder, files, reports };
}

/** Whether any clause file could not be read or failed its checks: then none is used. */
export function folderFailed(folder: ClauseFolder): boolean {
  return folder.reports.some((report) => report.kind === "unreadable" || !report.ok);
}

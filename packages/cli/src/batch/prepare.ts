// Before any work starts: read every input, and refuse inputs whose id an
// earlier input already has, since their outputs would overwrite each other.
// Deciding this up front, in argument order, keeps the verdict independent of
// which worker happens to finish first. The clause files of --clauses are read
// and checked here too, once for all inputs: when any is wrong, the batch
// reports them and builds nothing.
import type { Diagnostic } from "@clausework/schema";
import type { BuildTask } from "../build/build-engagement.js";
import { duplicateIdProblem } from "../build/severity.js";
import { folderFailed, loadClauseFolder, type ClauseFolder } from "../clauses/check-folder.js";
import type { CliIo } from "../context.js";
import { readInputs } from "../read-input.js";

export type TaskSettings = Omit<BuildTask, "name" | "text" | "inputSha256">;

export type PreparedInput =
  | { readonly kind: "task"; readonly name: string; readonly task: BuildTask }
  | { readonly kind: "unreadable"; readonly name: string; readonly reason: string }
  | {
      readonly kind: "invalid";
      readonly name: string;
      readonly diagnostics: readonly Diagnostic[];
    }
  /** Not built because something it depends on (a clause file) failed. */
  | { readonly kind: "skipped"; readonly name: string };

/** The id as written, if the text is JSON with a string id; validation judges the rest later. */
function declaredId(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null || !("id" in value)) return undefined;
    return typeof value.id === "string" ? value.id : undefined;
  } catch {
    return undefined;
  }
}

/** The clause files that failed, as inputs of the batch: they are what the user must fix. */
function failedClauseFiles(folder: ClauseFolder): PreparedInput[] {
  return folder.reports.flatMap((report): PreparedInput[] => {
    if (report.kind === "unreadable") {
      return [{ kind: "unreadable", name: report.file, reason: report.reason }];
    }
    return report.ok
      ? []
      : [{ kind: "invalid", name: report.file, diagnostics: report.diagnostics }];
  });
}

/**
 * `clauses` is the folder given with --clauses, if any. Once `signal` aborts
 * (Ctrl-C while standard input is read), every input is skipped.
 */
export async function prepareInputs(
  args: readonly string[],
  settings: TaskSettings,
  io: CliIo,
  clauses?: string,
  signal?: AbortSignal,
): Promise<PreparedInput[]> {
  const folder = clauses === undefined ? undefined : await loadClauseFolder(clauses, io.cwd);
  const inputs = await readInputs(args, io, signal);
  const skipped = inputs.map((input): PreparedInput => ({ kind: "skipped", name: input.name }));
  if (signal?.aborted === true) return skipped;
  if (folder !== undefined && folderFailed(folder)) {
    return [...failedClauseFiles(folder), ...skipped];
  }
  const withClauses: TaskSettings =
    folder === undefined
      ? settings
      : { ...settings, clauses: { folder: folder.folder, files: folder.files } };
  const owners = new Map<string, string>();
  return inputs.map((input): PreparedInput => {
    if (!input.ok) return { kind: "unreadable", name: input.name, reason: input.reason };
    const id = declaredId(input.text);
    const first = id === undefined ? undefined : owners.get(id);
    if (id !== undefined && first !== undefined) {
      return { kind: "invalid", name: input.name, diagnostics: [duplicateIdProblem(id, first)] };
    }
    if (id !== undefined) owners.set(id, input.name);
    const task: BuildTask = {
      ...withClauses,
      name: input.name,
      text: input.text,
      inputSha256: input.sha256,
    };
    return { kind: "task", name: input.name, task };
  });
}

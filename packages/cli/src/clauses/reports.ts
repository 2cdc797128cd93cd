// validate and lint with --clauses: each clause file is a report of its own (so
// `validate --json` lists it beside the engagements), and each valid engagement
// is checked with the folder's clauses: no id twice, not too many in all.
import type { Engagement } from "@clausework/schema";
import type { CliIo } from "../context.js";
import { safeText, type FileReport } from "../output.js";
import { folderFailed, loadClauseFolder } from "./check-folder.js";
import { mergeClauses, type ClauseFiles, type Merged } from "./merge.js";

export type FolderReports = {
  readonly reports: readonly FileReport[];
  /** Clause files that could not be read; each has had its line on standard error. */
  readonly unreadable: number;
  /** The clauses, when every file passed. */
  readonly usable?: ClauseFiles;
};

/** Nothing without --clauses; throws UserError when the folder itself is unusable. */
export async function clauseReports(folder: string | undefined, io: CliIo): Promise<FolderReports> {
  if (folder === undefined) return { reports: [], unreadable: 0 };
  const loaded = await loadClauseFolder(folder, io.cwd);
  const reports: FileReport[] = [];
  let unreadable = 0;
  for (const report of loaded.reports) {
    if (report.kind === "checked") {
      reports.push({ file: report.file, ok: report.ok, diagnostics: report.diagnostics });
    } else {
      unreadable++;
      io.stderr.write(`clausework: cannot read '${safeText(report.file)}': ${report.reason}\n`);
    }
  }
  const usable = folderFailed(loaded) ? {} : { usable: { folder, files: loaded.files } };
  return { reports, unreadable, ...usable };
}

/** The engagement with the folder's clauses; no problems when either is missing or invalid. */
export function withClauseFolder(
  engagement: Engagement | undefined,
  folder: FolderReports,
  name: string,
): Merged {
  if (engagement === undefined || folder.usable === undefined) {
    return engagement === undefined ? { problems: [] } : { engagement, problems: [] };
  }
  return mergeClauses(engagement, folder.usable, name);
}

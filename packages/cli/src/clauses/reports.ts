// validate and lint with --clauses: each clause file is a report of its own (so
// `validate --json` lists it beside the engagements), and each valid engagement
// is checked with the folder's clauses: no id twice, not too many in all.
import type { Engagement } from "@clausework/schema";
import type { CliIo } from "../context.js";
import type { FileReport } from "../output.js";
import { unreadableReport } from "../report/unreadable.js";
import { folderFailed, loadClauseFolder } from "./check-folder.js";
import { mergeClauses, type ClauseFiles, type Merged } from "./merge.js";

export type FolderReports = {
  /** One per clause file; an unreadable one has had its line on standard error. */
  readonly reports: readonly FileReport[];
  /** The clauses, when every file passed. */
  readonly usable?: ClauseFiles;
};

/** Nothing without --clauses; throws UserError when the folder itself is unusable. */
export async function clauseReports(folder: string | undefined, io: CliIo): Promise<FolderReports> {
  if (folder === undefined) return { reports: [] };
  const loaded = await loadClauseFolder(folder, io.cwd);
  const reports = loaded.reports.map((report) =>
    report.kind === "checked"
      ? { file: report.file, ok: report.ok, diagnostics: report.diagnostics }
      : unreadableReport(report.file, report.reason, io),
  );
  const usable = folderFailed(loaded) ? {} : { usable: { folder, files: loaded.files } };
  return { reports, ...usable };
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

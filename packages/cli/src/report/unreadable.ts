// validate and lint report a file they cannot read twice: a line on standard
// error, as for any file error, and in --json an entry of its own, so the array
// accounts for every file given and a script can tell which one failed.
import type { CliIo } from "../context.js";
import { safeText, type FileReport } from "../output.js";

export const UNREADABLE = "UNREADABLE";

/** Writes the standard-error line and returns the --json entry. */
export function unreadableReport(file: string, reason: string, io: CliIo): FileReport {
  io.stderr.write(`clausework: cannot read '${safeText(file)}': ${reason}\n`);
  const message = `cannot read the file: ${reason}`;
  return {
    file,
    ok: false,
    diagnostics: [{ severity: "error", code: UNREADABLE, pointer: "", message }],
  };
}

export function isUnreadable(report: FileReport): boolean {
  return report.diagnostics.some((diagnostic) => diagnostic.code === UNREADABLE);
}

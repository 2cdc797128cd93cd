// What one finished input prints in the plain, line-by-line output (and after
// the live task list): a status line, then its diagnostics.
import { dirname } from "node:path";
import type { ItemReport } from "../batch/run-batch.js";
import type { TaskStats } from "../batch/task-result.js";
import { diagnosticLines, paint, plural, safeText } from "../output.js";

export type Verbosity = "quiet" | "normal" | "verbose";

export type LineOptions = {
  readonly verbosity: Verbosity;
  readonly color: boolean;
  /** CLAUSEWORK_DEBUG=1: stack traces of internal errors. */
  readonly debug: boolean;
};

/** "packets/x.zip" for one file; "out/x/ (12 files)" for a folder of them. */
function destination(outputs: readonly string[]): string {
  const [first] = outputs;
  if (first === undefined) return "nothing";
  if (outputs.length === 1) return first;
  return `${dirname(first)}/ (${plural(outputs.length, "file", "files")})`;
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function statsLine(stats: TaskStats): string {
  const thread = stats.threadId === 0 ? "main thread" : `worker thread ${stats.threadId}`;
  // The heap figures are this thread's only: the PDF thread is not counted.
  const where = stats.pdfThread === true ? `${thread} (PDFs on a helper thread)` : thread;
  const seconds = (stats.milliseconds / 1000).toFixed(2);
  const live = stats.live === undefined ? "" : ` (${megabytes(stats.live)} live)`;
  return `    ${seconds} s on the ${where}; heap ${megabytes(stats.heapUsed)}${live}, process ${megabytes(stats.rss)}`;
}

function statusLine(item: ItemReport, color: boolean): string {
  const name = safeText(item.name);
  switch (item.status) {
    case "built":
      return `${paint("built", "green", color)}   ${name} → ${safeText(destination(item.outputs))}`;
    case "failed":
      return `${paint("failed", "red", color)}  ${name}`;
    case "unreadable":
      return `${paint("failed", "red", color)}  ${name}: cannot read: ${item.reason ?? "unknown reason"}`;
    case "unwritable":
      return `${paint("failed", "red", color)}  ${name}: ${safeText(item.reason ?? "cannot write")}`;
    case "crashed":
      return `${paint("failed", "red", color)}  ${name}: internal error: ${safeText(item.reason ?? "")}`;
    case "skipped":
      return `${paint("skipped", "dim", color)} ${name}`;
  }
}

export function itemLines(item: ItemReport, options: LineOptions): string[] {
  const { verbosity, color } = options;
  const failedItem = item.status !== "built" && item.status !== "skipped";
  if (verbosity === "quiet" && !failedItem) return [];
  const shown =
    verbosity === "quiet"
      ? item.diagnostics.filter((d) => d.severity === "error")
      : item.diagnostics;
  const lines = [statusLine(item, color)];
  if (item.status === "crashed") {
    lines.push(
      options.debug && item.stack !== undefined
        ? item.stack
        : "    (set CLAUSEWORK_DEBUG=1 to see where; please report it)",
    );
  }
  if (verbosity === "verbose") {
    if (item.outputs.length > 1) lines.push(...item.outputs.map((path) => `    ${safeText(path)}`));
    if (item.stats !== undefined) lines.push(paint(statsLine(item.stats), "dim", color));
  }
  for (const diagnostic of shown) lines.push(...diagnosticLines(diagnostic, item.name, color));
  return lines;
}

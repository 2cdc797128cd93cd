// The end of a batch: one summary line for people, one JSON document for
// machines, and the exit code.
import type { BatchSummary, ItemReport } from "../batch/run-batch.js";
import type { BatchPlan } from "../batch/plan.js";
import { EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "../context.js";
import { paint, plural } from "../output.js";

export type Counts = {
  readonly built: number;
  readonly failed: number;
  readonly skipped: number;
  readonly warnings: number;
};

export function countItems(items: readonly ItemReport[]): Counts {
  const count = (test: (item: ItemReport) => boolean): number => items.filter(test).length;
  return {
    built: count((item) => item.status === "built"),
    failed: count((item) => item.status !== "built" && item.status !== "skipped"),
    skipped: count((item) => item.status === "skipped"),
    warnings: items.reduce(
      (total, item) => total + item.diagnostics.filter((d) => d.severity === "warning").length,
      0,
    ),
  };
}

/** "3 built, 1 failed, 2 warnings in 1.4 s", and what an interrupt left undone. */
export function summaryLine(summary: BatchSummary, color: boolean): string {
  const counts = countItems(summary.items);
  const seconds = (summary.milliseconds / 1000).toFixed(1);
  const parts = [
    `${counts.built} built`,
    `${counts.failed} failed`,
    plural(counts.warnings, "warning", "warnings"),
  ];
  const skipped = counts.skipped > 0 ? `; ${counts.skipped} not built` : "";
  const stopped = summary.interrupted ? "interrupted: " : "";
  const line = `${stopped}${parts.join(", ")} in ${seconds} s${skipped}`;
  return paint(line, counts.failed > 0 || summary.interrupted ? "red" : "green", color);
}

/** `--verbose`: the threads a batch ran on (plan.ts chooses them by its size and --jobs). */
export function threadsLine(plan: BatchPlan): string {
  if (plan.kind === "pool")
    return `threads: a pool of ${plural(plan.workers, "worker", "workers")}`;
  return plan.pdfThread ? "threads: this one, and a second for PDFs" : "threads: this one";
}

/** `--json`: the whole run on standard output, items in input order. */
export function jsonSummary(summary: BatchSummary): string {
  const counts = countItems(summary.items);
  const document = {
    ok: counts.failed === 0 && !summary.interrupted,
    interrupted: summary.interrupted,
    ...counts,
    milliseconds: Math.round(summary.milliseconds),
    threads: summary.plan,
    items: summary.items.map((item) => ({
      file: item.name,
      status: item.status,
      ...(item.id === undefined ? {} : { id: item.id }),
      outputs: item.outputs,
      diagnostics: item.diagnostics,
      ...(item.reason === undefined ? {} : { reason: item.reason }),
      ...(item.stats === undefined ? {} : { stats: item.stats }),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** 130 interrupted, 70 a clausework bug, 2 files that could not be read or written, 1 invalid input. */
export function batchExitCode(summary: BatchSummary): number {
  const statuses = new Set(summary.items.map((item) => item.status));
  if (summary.interrupted) return EXIT_INTERRUPTED;
  if (statuses.has("crashed")) return EXIT_INTERNAL;
  if (statuses.has("unreadable") || statuses.has("unwritable")) return EXIT_USAGE;
  return statuses.has("failed") ? EXIT_INVALID : EXIT_OK;
}

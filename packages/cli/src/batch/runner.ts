// Runs build tasks: in this thread for --jobs 1 (simple to debug), on a piscina
// pool of worker threads (in a process of its own, pool-process.ts) so every
// core renders a batch, and for a single input on a machine with a core to
// spare, in this thread with the PDFs on a helper.
import type { BuildTask, FormatRenderer } from "../build/build-engagement.js";
import { takeEarlyPdfThread } from "./early-pdf-thread.js";
import { startPdfThread, type PdfThread } from "./pdf-thread.js";
import type { TaskResult } from "./task-result.js";
import { startTask, taskStats } from "./task-stats.js";
import { processPoolRunner } from "./pool-process.js";

export type Runner = {
  readonly run: (task: BuildTask, signal: AbortSignal) => Promise<TaskResult>;
  /** Waits for nothing: ends the workers at once (after the batch, or on Ctrl-C). */
  readonly destroy: () => Promise<void>;
};

function inlineRunner(pdfThread?: PdfThread): Runner {
  return {
    async run(task) {
      const started = startTask();
      // Loaded here rather than at the top, so a helper thread started before
      // this point loads its modules while this thread loads these.
      const { buildEngagement } = await import("../build/build-engagement.js");
      const { renderFormat } = await import("../build/render-lazy.js");
      const render: FormatRenderer =
        pdfThread === undefined
          ? renderFormat
          : (doc, format) => (format === "pdf" ? pdfThread.render(doc) : renderFormat(doc, format));
      const outcome = await buildEngagement(task, render);
      return { outcome, stats: taskStats(started) };
    },
    destroy: async () => {
      await pdfThread?.destroy();
    },
  };
}

export type RunnerPlan = {
  readonly jobs: number;
  readonly tasks: number;
  /** Whether the tasks render PDFs (the slowest format, worth a thread of its own). */
  readonly pdf: boolean;
};

/** One worker per job, never more workers than tasks; no pool at all for one task. */
export function createRunner(plan: RunnerPlan): Runner {
  const threads = Math.min(plan.jobs, plan.tasks);
  if (threads >= 2) return processPoolRunner(threads);
  return inlineRunner(
    plan.jobs >= 2 && plan.tasks === 1 && plan.pdf
      ? (takeEarlyPdfThread() ?? startPdfThread())
      : undefined,
  );
}

// Runs build tasks: in this thread for --jobs 1 (simple to debug); for a large
// batch on a piscina pool of worker threads (in a process of its own,
// pool-process.ts) so every core renders; and for a single input or a small
// batch, with a core to spare, in this thread with the PDFs on a helper.
import type { BuildTask, FormatRenderer } from "../build/build-engagement.js";
import { takeEarlyPdfThread } from "./early-pdf-thread.js";
import { restartingPdfThread, startPdfThread, type PdfThread } from "./pdf-thread.js";
import type { BatchPlan } from "./plan.js";
import { processPoolRunner } from "./pool-process.js";
import type { TaskResult } from "./task-result.js";
import { startTask, taskStats } from "./task-stats.js";

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
      const stats = taskStats(started);
      return { outcome, stats: pdfThread === undefined ? stats : { ...stats, pdfThread: true } };
    },
    destroy: async () => {
      await pdfThread?.destroy();
    },
  };
}

export function createRunner(plan: BatchPlan): Runner {
  if (plan.kind === "pool") return processPoolRunner(plan.workers);
  return inlineRunner(
    plan.pdfThread ? restartingPdfThread(takeEarlyPdfThread() ?? startPdfThread()) : undefined,
  );
}

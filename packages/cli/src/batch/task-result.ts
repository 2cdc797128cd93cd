import type { BuildOutcome } from "../build/build-engagement.js";

/** What building one input came to, wherever it ran. */
export type TaskResult = {
  readonly outcome: BuildOutcome;
  readonly stats: TaskStats;
};

/** Measured where the task ran; memory is read right after the task, from inside the worker. */
export type TaskStats = {
  /** 0 for the main thread (--jobs 1, or a batch too small for a pool). */
  readonly threadId: number;
  readonly milliseconds: number;
  /** Resident set of the whole process (threads share it). */
  readonly rss: number;
  /** The V8 heap of the thread that ran the task, garbage not yet collected included. */
  readonly heapUsed: number;
  /** That heap right after the thread's last full collection (none yet: absent). */
  readonly live?: number;
  /**
   * The PDFs were drawn on a helper thread, alongside other tasks' (a small
   * batch, plan.ts): the time includes waiting for them; the heap is not the helper's.
   */
  readonly pdfThread?: true;
};

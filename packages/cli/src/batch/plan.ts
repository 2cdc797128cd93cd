// How a batch runs, chosen by its size: a pool of workers, or this thread with
// its PDFs on a second (or alone, with --jobs 1). runner.ts starts what this
// plans; the commands' help quotes PACKETS_PER_WORKER.

export type BatchShape = {
  readonly jobs: number;
  readonly tasks: number;
  /** Whether the tasks render PDFs (the slowest format, worth a thread of its own). */
  readonly pdf: boolean;
};

/** How a batch runs: a pool of workers, or this thread (with its PDFs on a second, or not). */
export type BatchPlan =
  | { readonly kind: "pool"; readonly workers: number }
  | { readonly kind: "this-thread"; readonly pdfThread: boolean };

/**
 * Packets each pool worker must have before the pool beats this thread with a
 * PDF thread. Every worker loads the renderers and warms V8 up on its own (about
 * 3 s of CPU each, ten packets' worth); this thread and the PDF thread warm up
 * each renderer once between them, but the PDF thread carries two thirds of
 * the work. On two cores, in turns: 40 packets took 13.1 s this way against
 * 13.4 s on a pool, 60 packets 19.8 s against 17.9 s (docs/benchmarks.md,
 * "Small batches").
 */
export const PACKETS_PER_WORKER = 20;

/** `jobs` is the most threads to use; a worker only for every PACKETS_PER_WORKER tasks. */
export function planBatch(plan: BatchShape): BatchPlan {
  const workers = Math.min(plan.jobs, Math.floor(plan.tasks / PACKETS_PER_WORKER));
  if (workers >= 2) return { kind: "pool", workers };
  return { kind: "this-thread", pdfThread: plan.jobs >= 2 && plan.pdf };
}

/**
 * Tasks in flight at once: one per worker; two for this thread with a PDF
 * thread, so that it renders one packet's other formats while the PDF thread
 * draws another's.
 */
export function planSlots(plan: BatchPlan): number {
  if (plan.kind === "pool") return plan.workers;
  return plan.pdfThread ? 2 : 1;
}

// How a batch runs, chosen by its size and --jobs: a pool of workers, or this
// thread with its PDFs on a second (or alone, with --jobs 1). runner.ts starts
// what this plans.

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
 * Seconds, measured in turns on two cores (docs/benchmarks.md, "Small batches"):
 * the plan that should finish first wins. A pool's workers each load the
 * renderers and warm V8 up on their own before they are under way; this thread
 * and a PDF thread warm each renderer up once, but the PDF thread carries two
 * thirds of every packet, so it sets their pace.
 */
const COSTS = {
  /** A packet, for this thread with a PDF thread. */
  splitPacket: 0.34,
  /** A packet, for one worker of a pool. */
  workerPacket: 0.45,
  /** How much later a pool is under way than a PDF thread. */
  poolStart: 5.2,
} as const;

/** `jobs` is the most threads to use; a pool, of that many workers, only when it wins. */
export function planBatch(shape: BatchShape): BatchPlan {
  const workers = Math.min(shape.jobs, shape.tasks);
  if (workers >= 2) {
    const saved = shape.tasks * (COSTS.splitPacket - COSTS.workerPacket / workers);
    if (saved > COSTS.poolStart) return { kind: "pool", workers };
  }
  return { kind: "this-thread", pdfThread: shape.jobs >= 2 && shape.pdf };
}

/** The smallest batch that gets a pool with `jobs` threads: 46 with two, 23 with four. */
export function poolFrom(jobs: number): number {
  if (jobs < 2) return Number.POSITIVE_INFINITY;
  for (let tasks = 2; ; tasks++) {
    if (planBatch({ jobs, tasks, pdf: true }).kind === "pool") return tasks;
  }
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

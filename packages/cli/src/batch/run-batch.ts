// The batch engine behind build, packet and watch: a few slots pull inputs
// from one queue, hand each to the runner (this thread or a worker), and write
// what comes back. Only this thread writes, always through temp files.
import type { Diagnostic } from "@clausework/schema";
import { replacedPaths } from "../build/layout.js";
import type { PreparedInput } from "./prepare.js";
import { planBatch, planSlots, type BatchPlan } from "./plan.js";
import { createRunner, type Runner } from "./runner.js";
import type { TaskResult, TaskStats } from "./task-result.js";
import { writeOutputs } from "./write-outputs.js";

export type ItemStatus = "built" | "failed" | "unreadable" | "unwritable" | "crashed" | "skipped";

export type ItemReport = {
  readonly name: string;
  readonly status: ItemStatus;
  readonly id?: string;
  readonly diagnostics: readonly Diagnostic[];
  /** Files written, as the output folder argument joined with their path. */
  readonly outputs: readonly string[];
  /** Why an input was unreadable, or what broke in clausework. */
  readonly reason?: string;
  readonly stack?: string;
  readonly stats?: TaskStats;
};

export type BatchSummary = {
  /** One per input, in input order. */
  readonly items: readonly ItemReport[];
  readonly milliseconds: number;
  readonly interrupted: boolean;
  /** The threads it ran on. */
  readonly plan: BatchPlan;
};

/** Runs `count` slots; `show` tells the view what a slot is working on ("" when idle). */
export type SlotWork = (slot: number, show: (name: string) => void) => Promise<void>;
export type SlotView = (count: number, work: SlotWork) => Promise<void>;

export type BatchOptions = {
  readonly inputs: readonly PreparedInput[];
  /** Absolute output folder, and the folder as the user wrote it (for messages). */
  readonly outDir: string;
  readonly outName: string;
  readonly jobs: number;
  readonly failFast: boolean;
  readonly signal: AbortSignal;
  readonly view: SlotView;
  readonly onItem: (item: ItemReport) => void;
};

const skipped = (name: string): ItemReport => ({
  name,
  status: "skipped",
  diagnostics: [],
  outputs: [],
});

export function isFailure(status: ItemStatus): boolean {
  return status !== "built" && status !== "skipped";
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const { inputs } = options;
  const tasks = inputs.flatMap((input) => (input.kind === "task" ? [input.task] : []));
  const plan = planBatch({
    jobs: options.jobs,
    tasks: tasks.length,
    pdf: tasks.some((task) => task.stage === undefined && task.formats.includes("pdf")),
  });
  const runner = createRunner(plan);
  // Stops new work on Ctrl-C, and on the first failure with --fail-fast.
  const stop = new AbortController();
  const onAbort = (): void => stop.abort();
  options.signal.addEventListener("abort", onAbort, { once: true });
  if (options.signal.aborted) stop.abort();
  const reports: ItemReport[] = [];
  let next = 0;
  const work: SlotWork = async (_slot, show) => {
    while (!stop.signal.aborted && next < inputs.length) {
      const index = next++;
      const input = inputs[index];
      if (input === undefined) break;
      show(input.name);
      const report = await processInput(input, runner, options, stop.signal);
      reports[index] = report;
      if (report.status !== "skipped") options.onItem(report);
      if (options.failFast && isFailure(report.status)) stop.abort();
    }
    show("");
  };
  try {
    await options.view(Math.max(1, Math.min(planSlots(plan), inputs.length)), work);
  } finally {
    options.signal.removeEventListener("abort", onAbort);
    await runner.destroy();
  }
  return {
    items: inputs.map((input, index) => reports[index] ?? skipped(input.name)),
    milliseconds: performance.now() - started,
    interrupted: options.signal.aborted,
    plan,
  };
}

async function processInput(
  input: PreparedInput,
  runner: Runner,
  options: BatchOptions,
  signal: AbortSignal,
): Promise<ItemReport> {
  const { name } = input;
  if (input.kind === "skipped") return skipped(name);
  if (input.kind === "unreadable") {
    return { name, status: "unreadable", diagnostics: [], outputs: [], reason: input.reason };
  }
  if (input.kind === "invalid")
    return { name, status: "failed", diagnostics: input.diagnostics, outputs: [] };
  let result: TaskResult;
  try {
    result = await runner.run(input.task, signal);
  } catch (error) {
    if (signal.aborted) return skipped(name);
    return crashed(name, error);
  }
  const { outcome, stats } = result;
  const id = outcome.id === undefined ? {} : { id: outcome.id };
  if (!outcome.ok)
    return { name, status: "failed", ...id, diagnostics: outcome.diagnostics, outputs: [], stats };
  const replaces = outcome.id === undefined ? [] : replacedPaths(input.task.layout, outcome.id);
  const { outDir, outName } = options;
  const written = await writeOutputs(outcome.files, outDir, outName, signal, replaces);
  if (written === "interrupted") return skipped(name);
  if ("reason" in written) {
    return {
      name,
      status: "unwritable",
      ...id,
      diagnostics: [],
      outputs: [],
      reason: written.reason,
    };
  }
  return {
    name,
    status: "built",
    ...id,
    diagnostics: outcome.diagnostics,
    outputs: written.outputs,
    stats,
  };
}

function crashed(name: string, error: unknown): ItemReport {
  const reason = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error && error.stack !== undefined ? { stack: error.stack } : {};
  return { name, status: "crashed", diagnostics: [], outputs: [], reason, ...stack };
}

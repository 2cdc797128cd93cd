// build and packet share this: read the inputs, run the batch with Ctrl-C
// handling, report, and turn the outcome into an exit code.
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { CliIo } from "../context.js";
import { UserError } from "../errors.js";
import { removePendingTempFiles } from "../files/atomic-write.js";
import type { Verbosity } from "../report/item-lines.js";
import { createReporter } from "../report/reporter.js";
import { batchExitCode } from "../report/summary.js";
import { listenForInterrupt } from "./interrupt.js";
import { prepareInputs, type TaskSettings } from "./prepare.js";
import { runBatch } from "./run-batch.js";

export type BatchCommand = {
  readonly inputs: readonly string[];
  readonly out: string;
  readonly settings: TaskSettings;
  readonly jobs: number;
  readonly failFast: boolean;
  readonly verbosity: Verbosity;
  readonly json: boolean;
  readonly noun: readonly [string, string];
  /** The folder given with --clauses. */
  readonly clauses?: string;
};

/** Before any work: a file where the output folder should be would fail every input. */
export async function refuseFileAsOut(out: string, cwd: string): Promise<void> {
  const outFound = await stat(resolve(cwd, out)).catch(() => undefined);
  if (outFound !== undefined && !outFound.isDirectory()) {
    throw new UserError(`--out '${out}' is a file; give a folder`);
  }
}

export async function runBatchCommand(command: BatchCommand, io: CliIo): Promise<number> {
  await refuseFileAsOut(command.out, io.cwd);
  const interrupt = listenForInterrupt(io);
  try {
    const inputs = await prepareInputs(
      command.inputs,
      command.settings,
      io,
      command.clauses,
      interrupt.signal,
    );
    const reporter = await createReporter(io, {
      verbosity: command.verbosity,
      json: command.json,
      noun: command.noun,
      total: inputs.length,
    });
    const summary = await runBatch({
      inputs,
      outDir: resolve(io.cwd, command.out),
      outName: command.out,
      jobs: command.jobs,
      failFast: command.failFast,
      signal: interrupt.signal,
      view: reporter.view,
      onItem: reporter.onItem,
    });
    // Writes in flight have settled by now; this catches any a worker's end cut short.
    if (summary.interrupted) removePendingTempFiles();
    reporter.finish(summary);
    return batchExitCode(summary);
  } finally {
    interrupt.dispose();
  }
}

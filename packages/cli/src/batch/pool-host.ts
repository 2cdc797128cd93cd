// The process that holds a batch's worker pool (pool-process.ts starts it). It
// runs what the main process sends and answers with what the pool returns; the
// main process keeps the terminal, reads the inputs and writes every file.
import { Piscina } from "piscina";
import type { BuildTask } from "../build/build-engagement.js";
import type { PoolReply, PoolRequest } from "./pool-process.js";
import type { TaskResult } from "./task-result.js";
import { workerExecArgv, workerFile } from "./worker-file.js";

const threads = Number(process.argv[2]);

const pool = new Piscina<BuildTask, TaskResult>({
  filename: workerFile("worker"),
  minThreads: threads,
  maxThreads: threads,
  // A packet allocates about 120 MB, most of it short-lived (layout, shaping,
  // zipping). With V8's default young generation for a thread (48 MB) that is
  // a scavenge every few milliseconds of work; twice that was 5-8 % faster on
  // two cores, and 192 MB no faster than 96 (benchmarks.md).
  resourceLimits: { maxYoungGenerationSizeMb: 96 },
  ...workerExecArgv(),
});

const running = new Map<number, AbortController>();

function reply(message: PoolReply): void {
  // The main process may be gone or going (Ctrl-C): the channel can still look
  // connected while its pipe is closed, so a failed send is expected, not an
  // error to print; "disconnect" ends this process then.
  if (process.connected) process.send?.(message, undefined, {}, () => undefined);
}

async function run(id: number, task: BuildTask): Promise<void> {
  const controller = new AbortController();
  running.set(id, controller);
  try {
    reply({ id, result: await pool.run(task, { signal: controller.signal }) });
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    reply({ id, error: { message, ...(stack === undefined ? {} : { stack }) } });
  } finally {
    running.delete(id);
  }
}

process.on("message", (request: PoolRequest) => {
  if (request.type === "run") void run(request.id, request.task);
  else running.get(request.id)?.abort();
});

// The main process ends the pool by disconnecting, and so does its death.
process.on("disconnect", () => {
  void pool.destroy().finally(() => process.exit(0));
});

// Ctrl-C reaches every process of the terminal's group: the main process
// decides what stops, and tells this one.
process.on("SIGINT", () => undefined);

// A batch's worker pool runs in a process of its own, so that it can run V8
// without its background threads when its workers take every core. V8 gives
// each process a few threads for garbage collection and optimising compilation;
// with a worker busy on every core they only take turns with the workers. On
// two cores they added a fifth to the CPU time of a batch of packets, and the
// batch took a fifth longer (docs/benchmarks.md). V8 flags belong to the whole
// process and cannot safely change once it runs, hence the child process. With
// fewer workers than cores the flag is left out: the spare cores do that work.
import { fork } from "node:child_process";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { BuildTask } from "../build/build-engagement.js";
import type { Runner } from "./runner.js";
import type { TaskResult } from "./task-result.js";
import { workerExecArgv, workerFile } from "./worker-file.js";

export type PoolRequest =
  | { readonly type: "run"; readonly id: number; readonly task: BuildTask }
  | { readonly type: "abort"; readonly id: number };

export type PoolReply =
  | { readonly id: number; readonly result: TaskResult }
  | { readonly id: number; readonly error: { readonly message: string; readonly stack?: string } };

type Pending = { resolve: (result: TaskResult) => void; reject: (error: Error) => void };

/** V8 flags for a pool of `threads` workers: single-threaded when they fill every core. */
export function poolFlags(threads: number, cores = availableParallelism()): string[] {
  return threads >= cores ? ["--single-threaded"] : [];
}

function rebuilt(error: { message: string; stack?: string }): Error {
  const rebuiltError = new Error(error.message);
  if (error.stack !== undefined) rebuiltError.stack = error.stack;
  return rebuiltError;
}

export function processPoolRunner(threads: number): Runner {
  const host = fork(fileURLToPath(workerFile("pool-host")), [String(threads)], {
    execArgv: [...poolFlags(threads), ...(workerExecArgv().execArgv ?? [])],
    // Structured clone, as between threads: the files' bytes stay Uint8Arrays.
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let ended: Error | undefined;

  host.on("message", (reply: PoolReply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if ("result" in reply) waiting?.resolve(reply.result);
    else waiting?.reject(rebuilt(reply.error));
  });
  const end = (error: Error): void => {
    ended ??= error;
    for (const waiting of pending.values()) waiting.reject(ended);
    pending.clear();
  };
  host.on("exit", (code, signal) => {
    end(new Error(`the worker pool's process ended (${signal ?? `exit code ${code}`})`));
  });
  // It could not be started (or signalled): every task waiting on it fails as crashed.
  host.on("error", end);

  const send = (request: PoolRequest, onError: (error: Error) => void): void => {
    if (ended !== undefined || !host.connected) {
      onError(ended ?? new Error("the worker pool's process is not connected"));
      return;
    }
    host.send(request, (error) => {
      if (error !== null) onError(error);
    });
  };

  return {
    run: (task, signal) =>
      new Promise<TaskResult>((resolve, reject) => {
        if (signal.aborted) {
          reject(new Error("aborted"));
          return;
        }
        const id = nextId++;
        // One signal serves the whole batch: each task takes its listener off when settled.
        const onAbort = (): void => {
          // The pool stops the task's worker; nobody waits for its answer.
          send({ type: "abort", id }, () => undefined);
          fail(new Error("aborted"));
        };
        const settled = (): void => {
          pending.delete(id);
          signal.removeEventListener("abort", onAbort);
        };
        const fail = (error: Error): void => {
          settled();
          reject(error);
        };
        pending.set(id, {
          resolve: (result) => {
            settled();
            resolve(result);
          },
          reject: fail,
        });
        signal.addEventListener("abort", onAbort, { once: true });
        send({ type: "run", id, task }, fail);
      }),
    async destroy() {
      if (ended !== undefined || host.exitCode !== null || host.signalCode !== null) return;
      const exited = new Promise((resolve) => host.once("exit", resolve));
      if (host.connected) host.disconnect();
      else host.kill();
      await exited;
    },
  };
}

// Where worker modules are, and how to start a thread on them. From dist they are
// plain JavaScript. From src (tests, `tsx src/bin.ts`) they are TypeScript that
// imports workspace packages' sources, so each thread needs the tsx loader and the
// "source" condition the main thread was started with.
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

const fromSource = import.meta.url.endsWith(".ts");

/** The URL of a worker module beside this file, by its name without extension. */
export function workerFile(name: string): string {
  return new URL(`./${name}${fromSource ? ".ts" : ".js"}`, import.meta.url).href;
}

/** execArgv for the thread: nothing from dist; the tsx loader by absolute URL from src. */
export function workerExecArgv(): { execArgv?: string[] } {
  if (!fromSource) return {};
  // A bare `--import tsx` would resolve from the working directory.
  const loader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  return { execArgv: ["--conditions=source", "--import", loader] };
}

/** A plain worker thread on the module `name` beside this file. */
export function startWorker(name: string): Worker {
  const file = workerFile(name);
  if (!fromSource) return new Worker(new URL(file));
  const entry = new URL("./source-worker.cjs", import.meta.url);
  return new Worker(entry, { workerData: fileURLToPath(file), ...workerExecArgv() });
}

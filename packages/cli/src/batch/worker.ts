// The piscina worker: builds one engagement and hands the bytes back by moving
// their ArrayBuffers to the main thread instead of copying them. The main
// thread does all writing, so an interrupted batch has one place to clean up.
import { move, transferableSymbol, valueSymbol } from "piscina";
import { buildEngagement, type BuildTask } from "../build/build-engagement.js";
import { renderFormat } from "../build/render-eager.js";
import type { TaskResult } from "./task-result.js";
import { startTask, taskStats } from "./task-stats.js";

/** A view that owns its whole buffer, so moving the buffer moves nothing else. */
function owned(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole && bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice();
}

export default async function buildInWorker(task: BuildTask): Promise<unknown> {
  const started = startTask();
  const outcome = await buildEngagement(task, renderFormat);
  const files = outcome.files.map((file) => ({ path: file.path, bytes: owned(file.bytes) }));
  const result: TaskResult = { outcome: { ...outcome, files }, stats: taskStats(started) };
  const buffers = [...new Set(files.map((file) => file.bytes.buffer))];
  return move({ [transferableSymbol]: buffers, [valueSymbol]: result });
}

// What a task reports of its run, read where it ran, right after it. heapUsed
// counts garbage not yet collected, so its peaks follow V8's collection
// schedule (fewer full collections, higher peaks). The heap right after the
// thread's last full collection is its live data: the figure a leak grows.
import { threadId } from "node:worker_threads";
import { GCProfiler } from "node:v8";
import type { TaskStats } from "./task-result.js";

// One profiler per thread (module state is per thread). It records every
// collection, scavenges included (tens a packet), with the heap's statistics
// before and after; read and emptied after every task, that is well under a
// millisecond against a packet's few hundred.
let profiler: GCProfiler | undefined;
let liveHeap: number | undefined;

/** Marks a task's start (for taskStats), watching this thread's collections from then on. */
export function startTask(): number {
  if (profiler === undefined) {
    profiler = new GCProfiler();
    profiler.start();
  }
  return performance.now();
}

function lastFullCollection(): number | undefined {
  const recorded = profiler?.stop();
  profiler?.start();
  for (const collection of recorded?.statistics ?? []) {
    if (collection.gcType === "MarkSweepCompact")
      liveHeap = collection.afterGC.heapStatistics.usedHeapSize;
  }
  return liveHeap;
}

/** The stats of a task on this thread, from what startTask returned. */
export function taskStats(started: number): TaskStats {
  const milliseconds = performance.now() - started;
  const live = lastFullCollection();
  const { rss, heapUsed } = process.memoryUsage();
  return { threadId, milliseconds, rss, heapUsed, ...(live === undefined ? {} : { live }) };
}

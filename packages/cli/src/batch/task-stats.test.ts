import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { threadId } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { startTask, taskStats } from "./task-stats.js";

/** A full collection, on demand (V8's gc(), exposed for this test only). */
function fullCollection(): void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  gc();
}

describe("task stats", () => {
  it("give no live heap before the thread's first full collection", () => {
    const stats = taskStats(startTask());
    expect(stats.threadId).toBe(threadId);
    expect(stats.milliseconds).toBeGreaterThanOrEqual(0);
    expect(stats.heapUsed).toBeGreaterThan(0);
    expect(stats.rss).toBeGreaterThan(stats.heapUsed);
    expect(stats.live).toBeUndefined();
  });

  it("give the heap after the last full collection, and keep it for later tasks", () => {
    const started = startTask();
    let kept: number[][] | undefined = Array.from({ length: 2_000 }, () =>
      new Array<number>(500).fill(1),
    );
    fullCollection();
    const holding = taskStats(started).live ?? 0;
    expect(kept.length).toBe(2_000);
    kept = undefined;
    fullCollection();
    const released = taskStats(startTask()).live ?? 0;
    // 2,000 arrays of 500 small integers: 4 to 8 MB (by V8's pointer size),
    // live at the first collection only.
    expect(holding - released).toBeGreaterThan(3_500_000);
    expect(released).toBeGreaterThan(0);
    expect(taskStats(startTask()).live).toBe(released);
  });
});

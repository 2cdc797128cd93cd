// Runs a job for the latest input only: input that arrives while a job runs waits,
// and only the newest waiting input runs next. With a short quiet period first,
// this is the preview's debounce: fast typing never queues up stale builds.
export type LatestOnly<T> = {
  /** Schedules `input`; it replaces any input still waiting. */
  push(input: T): void;
  /** Resolves once nothing waits and nothing runs. */
  idle(): Promise<void>;
};

/**
 * `run` should handle its own errors; one that escapes is dropped so later input still runs.
 * With `quietMs` 0 a job starts in a microtask: input pushed in the same task still
 * coalesces, but nothing else (a timer, the browser's next frame) goes first.
 */
export function latestOnly<T>(run: (input: T) => Promise<void>, quietMs: number): LatestOnly<T> {
  let waiting: { input: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queued = false;
  let running: Promise<void> | undefined;

  async function drain(): Promise<void> {
    while (waiting !== undefined) {
      const { input } = waiting;
      waiting = undefined;
      await run(input).catch(() => undefined);
    }
    running = undefined;
  }

  function start(): void {
    timer = undefined;
    queued = false;
    running ??= drain();
  }

  function schedule(): void {
    if (quietMs > 0) timer = setTimeout(start, quietMs);
    else if (!queued) {
      queued = true;
      queueMicrotask(start);
    }
  }

  return {
    push(input) {
      waiting = { input };
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (running === undefined) schedule();
    },
    async idle() {
      while (timer !== undefined || queued || running !== undefined) {
        await (running ?? new Promise((resolve) => setTimeout(resolve, quietMs)));
      }
    },
  };
}

// Reads a Chromium trace of keystrokes (bench/trace-keystroke.ts): each keystroke
// runs from a "bench-key" mark to the next "bench-updated" mark. For each, the
// tasks of the page's thread and of the pipeline worker, and where their time went.
export type TraceEvent = {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string; readonly data?: Record<string, unknown> };
};

type Thread = { readonly pid: number; readonly tid: number };
type Window = { readonly from: number; readonly to: number };

/** The middle sample, or the mean of the two middle ones: both benches judge by it. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

function threadNamed(events: readonly TraceEvent[], pattern: RegExp, pid?: number): Thread[] {
  return events
    .filter((e) => e.ph === "M" && e.name === "thread_name" && pattern.test(e.args?.name ?? ""))
    .filter((e) => pid === undefined || e.pid === pid)
    .map((e) => ({ pid: e.pid, tid: e.tid }));
}

function windows(events: readonly TraceEvent[]): Window[] {
  const marks = events
    .filter((e) => e.name === "bench-key" || e.name === "bench-updated")
    .filter((e) => e.ph === "R" || e.ph === "I" || e.ph === "n" || e.ph === "b")
    .sort((a, b) => a.ts - b.ts);
  const found: Window[] = [];
  let key: number | undefined;
  for (const mark of marks) {
    if (mark.name === "bench-key") key = mark.ts;
    else if (key !== undefined) {
      found.push({ from: key, to: mark.ts });
      key = undefined;
    }
  }
  return found;
}

/** The label of a slice: function calls and events carry what ran. */
function label(event: TraceEvent): string {
  const data = event.args?.data;
  if (event.name === "FunctionCall" && data !== undefined)
    return `FunctionCall ${String(data["functionName"] ?? "")}`;
  if (event.name === "EventDispatch" && data !== undefined)
    return `EventDispatch ${String(data["type"] ?? "")}`;
  return event.name;
}

/** Self time of each slice label on one thread within a window (children subtracted). */
function selfTimes(slices: readonly TraceEvent[], window: Window): Map<string, number> {
  const inside = slices
    .filter((e) => e.ts < window.to && e.ts + (e.dur ?? 0) > window.from)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = new Map<string, number>();
  const stack: { end: number; label: string }[] = [];
  const add = (name: string, amount: number): void => {
    totals.set(name, (totals.get(name) ?? 0) + amount);
  };
  for (const slice of inside) {
    const start = Math.max(slice.ts, window.from);
    const end = Math.min(slice.ts + (slice.dur ?? 0), window.to);
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= start) stack.pop();
    const parent = stack.at(-1);
    if (parent !== undefined) add(parent.label, -(end - start));
    add(label(slice), end - start);
    stack.push({ end, label: label(slice) });
  }
  return totals;
}

function busy(slices: readonly TraceEvent[], window: Window): number {
  return slices
    .filter((e) => e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask")
    .reduce((sum, e) => {
      const start = Math.max(e.ts, window.from);
      const end = Math.min(e.ts + (e.dur ?? 0), window.to);
      return end > start ? sum + (end - start) : sum;
    }, 0);
}

function table(title: string, rows: Map<string, number[]>, count: number): string {
  const lines = [...rows]
    .map(([name, samples]) => ({ name, total: samples.reduce((a, b) => a + b, 0) / count }))
    .filter((row) => row.total >= 100)
    .sort((a, b) => b.total - a.total)
    .slice(0, 25)
    .map((row) => `  ${(row.total / 1000).toFixed(2).padStart(7)} ms  ${row.name}`);
  return [title, ...lines].join("\n");
}

type Stages = { send: number; build: number; back: number; show: number };

/**
 * A keystroke in four stages: keydown until the worker starts on the text (the editor's
 * own work, then the post), the worker's build, its answer's way back to the page, and
 * the page's part until the update (diagnostics, patching the page, layout).
 */
function stages(
  window: Window,
  main: readonly TraceEvent[],
  worker: readonly TraceEvent[],
): Stages | undefined {
  const inWindow = (e: TraceEvent): boolean =>
    e.name === "HandlePostMessage" && e.ts >= window.from && e.ts < window.to;
  const build = worker.find(inWindow);
  const show = main.filter(inWindow).find((e) => e.ts + (e.dur ?? 0) >= window.to);
  if (build === undefined || show === undefined) return undefined;
  const built = build.ts + (build.dur ?? 0);
  return {
    send: build.ts - window.from,
    build: build.dur ?? 0,
    back: show.ts - built,
    show: window.to - show.ts,
  };
}

export function summarise(events: readonly TraceEvent[]): string {
  const found = windows(events);
  const keyMark = events.find((e) => e.name === "bench-key");
  const main = threadNamed(events, /^CrRendererMain$/, keyMark?.pid).find(
    (t) => t.tid === keyMark?.tid,
  );
  const workers = threadNamed(events, /DedicatedWorker/, keyMark?.pid);
  const slicesOf = (threads: readonly Thread[]): TraceEvent[] =>
    events.filter(
      (e) =>
        e.ph === "X" &&
        e.dur !== undefined &&
        threads.some((t) => t.pid === e.pid && t.tid === e.tid),
    );
  const mainSlices = main === undefined ? [] : slicesOf([main]);
  const workerSlices = slicesOf(workers);
  const mainSelf = new Map<string, number[]>();
  const workerSelf = new Map<string, number[]>();
  const collect = (into: Map<string, number[]>, from: Map<string, number>): void => {
    for (const [name, amount] of from) into.set(name, [...(into.get(name) ?? []), amount]);
  };
  for (const window of found) {
    collect(mainSelf, selfTimes(mainSlices, window));
    collect(workerSelf, selfTimes(workerSlices, window));
  }
  const ms = (us: number): string => `${(us / 1000).toFixed(1)} ms`;
  const split = found.flatMap((w) => stages(w, mainSlices, workerSlices) ?? []);
  const stage = (name: keyof Stages): string => ms(median(split.map((s) => s[name])));
  return [
    `${found.length} keystrokes; keydown to update median ${ms(median(found.map((w) => w.to - w.from)))}`,
    `stages (medians of ${split.length}): keydown to worker ${stage("send")}, worker ${stage("build")}, ` +
      `back to the page ${stage("back")}, page to update ${stage("show")}`,
    `page thread busy median ${ms(median(found.map((w) => busy(mainSlices, w))))}, ` +
      `worker busy median ${ms(median(found.map((w) => busy(workerSlices, w))))}`,
    table("page thread, self time per keystroke (mean):", mainSelf, found.length),
    table("pipeline worker, self time per keystroke (mean):", workerSelf, found.length),
  ].join("\n");
}

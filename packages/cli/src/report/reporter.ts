// Chooses how a batch reports: a live task list on a terminal, plain lines
// (one per input) in CI, in pipes and logs, nothing but failures with --quiet;
// and a JSON summary on standard output with --json. Human output goes to
// standard error, so `--json > summary.json` still shows progress.
import { WriteStream } from "node:tty";
import { Writable } from "node:stream";
import type { BatchSummary, ItemReport, SlotView } from "../batch/run-batch.js";
import type { CliIo, OutputStream } from "../context.js";
import { block, wantsColor } from "../output.js";
import { itemLines, type LineOptions, type Verbosity } from "./item-lines.js";
import { jsonSummary, summaryLine, threadsLine } from "./summary.js";

export type ReportOptions = {
  readonly verbosity: Verbosity;
  readonly json: boolean;
  /** What is built, singular and plural, for the live heading. */
  readonly noun: readonly [string, string];
  readonly total: number;
};

export type Reporter = {
  readonly view: SlotView;
  readonly onItem: (item: ItemReport) => void;
  readonly finish: (summary: BatchSummary) => void;
};

/**
 * A terminal wide enough for a list row: a name and an icon. A pseudo-terminal
 * a job runner opens without a size has 0 columns, where each character of a
 * redrawn row would take a line of its own; plain lines read well there.
 */
const MIN_COLUMNS = 40;
const isTerminal = (stream: OutputStream): stream is NodeJS.WriteStream =>
  stream instanceof WriteStream && (stream.columns ?? 0) >= MIN_COLUMNS;
// Any writable stream will do for the other stream: listr only holds its writes back.
const isStream = (stream: OutputStream): stream is NodeJS.WriteStream => stream instanceof Writable;

/** CI services set CI (to "true", "1" or a name); a terminal there is a log, not a screen. */
export function inCi(io: CliIo): boolean {
  const value = io.env?.["CI"];
  return value !== undefined && value !== "" && value !== "0" && value !== "false";
}

/** A live list only for a person at a terminal; the streams' own checks come at the call. */
function wantsLiveView(io: CliIo, options: ReportOptions): boolean {
  return options.verbosity !== "quiet" && !inCi(io) && io.env?.["TERM"] !== "dumb";
}

const plainSlots: SlotView = async (count, work) => {
  await Promise.all(Array.from({ length: count }, (_, slot) => work(slot, () => undefined)));
};

export async function createReporter(io: CliIo, options: ReportOptions): Promise<Reporter> {
  const lineOptions: LineOptions = {
    verbosity: options.verbosity,
    color: wantsColor(io, "stderr"),
    debug: io.env?.["CLAUSEWORK_DEBUG"] === "1",
  };
  // After a live list, only what needs reading is printed again, in input order.
  const finish = (reprint: (item: ItemReport) => boolean) => (summary: BatchSummary) => {
    const shown = summary.items.filter(reprint);
    io.stderr.write(block(shown.flatMap((item) => itemLines(item, lineOptions))));
    if (options.verbosity === "verbose") io.stderr.write(`${threadsLine(summary.plan)}\n`);
    if (options.verbosity !== "quiet")
      io.stderr.write(`${summaryLine(summary, lineOptions.color)}\n`);
    if (options.json) io.stdout.write(jsonSummary(summary));
  };
  if (!wantsLiveView(io, options) || !isTerminal(io.stderr) || !isStream(io.stdout)) {
    return {
      view: plainSlots,
      onItem: (item) => io.stderr.write(block(itemLines(item, lineOptions))),
      finish: finish(() => false),
    };
  }
  // listr2 takes a tenth of a second to load; only a person at a terminal needs it.
  const { createLiveView } = await import("./live-view.js");
  const live = createLiveView(
    { terminal: io.stderr, other: io.stdout },
    options.total,
    options.noun,
  );
  return {
    view: live.view,
    onItem: (item) => live.advance(item.status === "built"),
    finish: finish(
      (item) =>
        options.verbosity === "verbose" ||
        (item.status !== "built" && item.status !== "skipped") ||
        item.diagnostics.length > 0,
    ),
  };
}

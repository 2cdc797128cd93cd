import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { watch } from "chokidar";
import type { Command } from "commander";
import { refuseFileAsOut } from "../batch/batch-command.js";
import { listenForInterrupt } from "../batch/interrupt.js";
import { loadClauseFolder } from "../clauses/check-folder.js";
import { prepareInputs, type TaskSettings } from "../batch/prepare.js";
import { runBatch, type SlotView } from "../batch/run-batch.js";
import { EXIT_OK, type CliContext, type CliIo, type CommandModule } from "../context.js";
import { UserError } from "../errors.js";
import { block, paint, safeText, wantsColor } from "../output.js";
import { itemLines } from "../report/item-lines.js";
import {
  addDocumentOptions,
  parseOut,
  taskSettings,
  type DocumentOptions,
} from "./build-options.js";

type WatchOptions = DocumentOptions & { readonly out: string };

const examples = `
Examples:
  $ clausework watch my.json --out out
  $ clausework watch my.json --out out --doc contract --format html

Builds once, then again on every save (of the clause files of --clauses too); a
bad edit prints its diagnostics and the watch goes on. Ctrl-C stops it (exit 0).`;

const oneSlot: SlotView = (_count, work) => work(0, () => undefined);

/** One build of the file, printed the way packet prints an input. */
async function buildOnce(
  file: string,
  options: WatchOptions,
  settings: TaskSettings,
  io: CliIo,
  signal: AbortSignal,
): Promise<void> {
  const color = wantsColor(io, "stderr");
  const lineOptions = {
    verbosity: "normal",
    color,
    debug: io.env?.["CLAUSEWORK_DEBUG"] === "1",
  } as const;
  const summary = await runBatch({
    inputs: await prepareInputs([file], settings, io, options.clauses),
    outDir: resolve(io.cwd, options.out),
    outName: options.out,
    jobs: 1,
    failFast: false,
    signal,
    view: oneSlot,
    onItem: (item) => io.stderr.write(block(itemLines(item, lineOptions))),
  });
  const seconds = (summary.milliseconds / 1000).toFixed(1);
  io.stderr.write(
    `${paint(`watching ${safeText(file)} (built in ${seconds} s; Ctrl-C to stop)`, "dim", color)}\n`,
  );
}

async function runWatch(file: string, options: WatchOptions, io: CliIo): Promise<number> {
  await refuseFileAsOut(options.out, io.cwd);
  const settings = taskSettings(options, "files");
  // A clause folder that cannot be read is a usage error now; later, one more thing to fix.
  if (options.clauses !== undefined) await loadClauseFolder(options.clauses, io.cwd);
  const interrupt = listenForInterrupt(io);
  // Saves come in bursts (editors write, then rename); builds run one at a time,
  // and a save during a build asks for exactly one more.
  let running: Promise<void> | undefined;
  let again = false;
  const rebuild = (): void => {
    if (running !== undefined) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await buildOnce(file, options, settings, io, interrupt.signal);
        } catch (error) {
          // The clause folder went away (a usage problem), or a bug in clausework:
          // say which, and keep watching for the next save.
          const message = error instanceof Error ? error.message : String(error);
          const kind = error instanceof UserError ? "" : "internal error: ";
          io.stderr.write(`clausework: ${kind}${safeText(message)}\n`);
        }
      } while (again && !interrupt.signal.aborted);
      running = undefined;
    })();
  };
  const watched = [file, ...(options.clauses === undefined ? [] : [options.clauses])];
  const watcher = watch(
    watched.map((path) => resolve(io.cwd, path)),
    {
      ignoreInitial: true,
      awaitWriteFinish: { stabilityThreshold: 60, pollInterval: 20 },
    },
  );
  watcher.on("add", rebuild).on("change", rebuild);
  watcher.on("unlink", (path) => {
    if (path !== resolve(io.cwd, file)) return rebuild();
    io.stderr.write(`${safeText(file)} was removed; waiting for it to come back\n`);
  });
  watcher.on("error", (error) =>
    io.stderr.write(`clausework: watching failed: ${String(error)}\n`),
  );
  try {
    await new Promise<void>((ready) => watcher.once("ready", ready));
    rebuild();
    if (!interrupt.signal.aborted) {
      await new Promise<void>((stop) =>
        interrupt.signal.addEventListener("abort", () => stop(), { once: true }),
      );
    }
    await running;
    return EXIT_OK;
  } finally {
    await watcher.close();
    interrupt.dispose();
  }
}

/** watch follows one file: not standard input, not a folder (a file not there yet is fine). */
async function checkWatchable(file: string, cwd: string): Promise<void> {
  if (file === "-") {
    throw new UserError("watch follows a file; standard input (-) cannot be watched");
  }
  const found = await stat(resolve(cwd, file)).catch(() => undefined);
  if (found?.isDirectory() === true) {
    throw new UserError(
      `'${file}' is a folder; watch follows one engagement file (packet builds a folder)`,
    );
  }
}

export const watchCommand: CommandModule = {
  register(program: Command, context: CliContext): void {
    const command = program
      .command("watch")
      .description("build an engagement file again every time it is saved")
      .argument("<file>", "the engagement file")
      .requiredOption(
        "-o, --out <dir>",
        "output folder (required); the documents go to <dir>/<id>/",
      );
    addDocumentOptions(command)
      .addHelpText("after", examples)
      .action(async (file: string, options: WatchOptions) => {
        // Checked before watching starts, not at every rebuild.
        const out = parseOut(options.out);
        await checkWatchable(file, context.io.cwd);
        context.exitCode = await runWatch(file, { ...options, out }, context.io);
      });
  },
};

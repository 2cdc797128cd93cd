// A build of one engagement renders its PDFs on a helper thread (plan.ts),
// which must load pdfmake and parse its fonts before it can draw anything. That
// warm-up is the longest stretch of a cold build, so bin.ts starts the thread
// before it loads the rest of the CLI (the schema, the generator, the other
// renderers) whenever the arguments ask for such a build. The runner takes the
// thread; when it does not (the input was a folder, say), bin.ts ends it unused.
//
// This file reads the raw arguments because commander is not loaded yet. It must
// stay light: only node built-ins and pdf-thread.ts.
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { startPdfThread, type PdfThread } from "./pdf-thread.js";

/** Options of `build` that take a value (a test checks this against the command). */
export const BUILD_VALUE_OPTIONS: ReadonlySet<string> = new Set([
  "-o",
  "--out",
  "--doc",
  "--format",
  "--date",
  "--stage",
  "-j",
  "--jobs",
  "--clauses",
]);

type Sniffed = { readonly positionals: string[]; readonly values: Map<string, string> };

function sniff(args: readonly string[]): Sniffed | undefined {
  const positionals: string[] = [];
  const values = new Map<string, string>();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? "";
    if (arg === "--") return undefined; // rare enough to leave to commander
    const equals = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = equals === -1 ? arg : arg.slice(0, equals);
    if (BUILD_VALUE_OPTIONS.has(name)) {
      const value = equals === -1 ? args[++index] : arg.slice(equals + 1);
      if (value === undefined) return undefined;
      values.set(name.replace(/^-o$/, "--out").replace(/^-j$/, "--jobs"), value);
    } else if (arg === "-" || !arg.startsWith("-")) {
      positionals.push(arg);
    } else if (arg === "-h" || arg === "--help" || arg === "-V" || arg === "--version") {
      return undefined;
    }
  }
  return { positionals, values };
}

function isFile(path: string, cwd: string): boolean {
  try {
    return statSync(resolve(cwd, path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Whether `clausework <argv>` is a build the runner will give a PDF thread: one
 * input, PDF among the formats, no --stage, and a core to spare. (A small batch
 * gets one too, plan.ts; it starts when the inputs are read.) A wrong "yes"
 * costs an unused thread's warm-up; a wrong "no" only a later start.
 */
export function wantsEarlyPdfThread(argv: readonly string[], cwd: string): boolean {
  if (argv[0] !== "build") return false;
  const found = sniff(argv.slice(1));
  if (found === undefined || found.values.has("--stage")) return false;
  const [input, ...others] = found.positionals;
  if (input === undefined || others.length > 0) return false;
  if (input !== "-" && !isFile(input, cwd)) return false;
  const formats = found.values.get("--format");
  if (formats !== undefined && !formats.split(",").some((format) => format.trim() === "pdf")) {
    return false;
  }
  const jobs = found.values.get("--jobs");
  return jobs === undefined ? availableParallelism() >= 2 : Number(jobs) >= 2;
}

let early: PdfThread | undefined;

/** Starts the thread now if the arguments ask for a build that will use it. */
export function startEarlyPdfThread(argv: readonly string[], cwd: string): void {
  if (early === undefined && wantsEarlyPdfThread(argv, cwd)) early = startPdfThread();
}

/** The thread started early, if any, handed over once. */
export function takeEarlyPdfThread(): PdfThread | undefined {
  const thread = early;
  early = undefined;
  return thread;
}

/** Ends a thread that was started early but never taken. */
export async function endUnusedPdfThread(): Promise<void> {
  await takeEarlyPdfThread()?.destroy();
}

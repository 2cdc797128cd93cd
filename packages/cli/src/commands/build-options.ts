// Options shared by build, packet and watch: which documents, which formats,
// which issue date, whether advice fails the build, and the user's own clauses.
import { availableParallelism } from "node:os";
import type { Command } from "commander";
import { poolFrom } from "../batch/plan.js";
import type { TaskSettings } from "../batch/prepare.js";
import type { Layout } from "../build/layout.js";
import type { Verbosity } from "../report/item-lines.js";
import { documentKinds, formats, parseChoices, parseDate, type Stage } from "../build/formats.js";
import { UserError } from "../errors.js";
import { packageVersion } from "../version.js";

export type DocumentOptions = {
  readonly doc?: string;
  readonly format?: string;
  readonly date?: string;
  readonly strict?: boolean;
  readonly clauses?: string;
};

/** --clauses, for every command that reads engagements. */
export function addClausesOption(command: Command): Command {
  return command.option(
    "--clauses <dir>",
    "your own clauses: every *.md file in <dir>, front matter (id, title, documents, after) then Markdown with {{placeholders}}; `clausework lint --clauses <dir> <engagement.json>` checks them",
  );
}

/** A repeated --doc or --format adds to the list: `--doc a --doc b` is `--doc a,b`. */
function addToList(value: string, previous: string | undefined): string {
  return previous === undefined ? value : `${previous},${value}`;
}

export function addDocumentOptions(command: Command): Command {
  command
    .option(
      "--doc <kinds>",
      `documents, comma-separated or repeated: ${documentKinds.join(",")} (default: all)`,
      addToList,
    )
    .option(
      "--format <formats>",
      `formats, comma-separated or repeated: ${formats.join(",")} (default: all)`,
      addToList,
    )
    .option("--date <YYYY-MM-DD>", "issue the documents on this date instead of issuedOn")
    .option(
      "--strict",
      "treat every warning about the engagement (advice, a line break in a name) as an error: print them, build nothing; a --doc it has nothing for stays a warning",
    );
  return addClausesOption(command);
}

export function taskSettings(
  options: DocumentOptions,
  layout: Layout,
  stage?: Stage,
): TaskSettings {
  const issuedOn = parseDate(options.date);
  return {
    documents: parseChoices(options.doc, documentKinds, "--doc"),
    documentsChosen: options.doc !== undefined,
    formats: parseChoices(options.format, formats, "--format"),
    ...(issuedOn === undefined ? {} : { issuedOn }),
    ...(stage === undefined ? {} : { stage }),
    strict: options.strict === true,
    layout,
    toolVersion: packageVersion(),
  };
}

/** `-j, --jobs <n>` of build and packet, whose help says how the threads are used. */
export function addJobsOption(command: Command, inputs: string): Command {
  return command.option(
    "-j, --jobs <n>",
    `threads to use at most (default, and most: one per core): many ${inputs} run on a pool of workers (from ${poolFrom(2)} with two threads, ${poolFrom(4)} with four), fewer here with a second thread for their PDFs; 1 builds everything in this thread`,
  );
}

/** --out: an empty value (an unset variable in a CI script) would write into the current folder. */
export function parseOut(value: string): string {
  if (value.trim() === "") throw new UserError("--out got nothing; give the output folder");
  return value;
}

/**
 * `--jobs N`: a whole number from 1; the default, and the most, is one job per
 * core. The work is all CPU, so threads beyond the cores only take turns, each
 * with its own heap: 99 asked on two cores made 60 workers and 8.6 GB.
 */
export function parseJobs(value: string | undefined, cores = availableParallelism()): number {
  if (value === undefined) return cores;
  if (!/^[1-9][0-9]*$/.test(value))
    throw new UserError(`--jobs must be a whole number from 1, got '${value}'`);
  return Math.min(Number(value), cores);
}

export type ReportOptions = {
  readonly failFast?: boolean;
  readonly quiet?: boolean;
  readonly verbose?: boolean;
  readonly json?: boolean;
};

/** How build and packet report: --fail-fast, -q, --verbose, --json. */
export function addReportOptions(command: Command): Command {
  return command
    .option("--fail-fast", "stop at the first input that fails")
    .option("-q, --quiet", "print only failures")
    .option("--verbose", "print every file written, with time and memory per input")
    .option("--json", "print a JSON summary on standard output");
}

export function parseVerbosity(options: ReportOptions): Verbosity {
  if (options.quiet === true && options.verbose === true) {
    throw new UserError("--quiet and --verbose cannot be used together");
  }
  return options.quiet === true ? "quiet" : options.verbose === true ? "verbose" : "normal";
}

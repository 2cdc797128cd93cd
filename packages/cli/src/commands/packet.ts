import type { Command } from "commander";
import { runBatchCommand } from "../batch/batch-command.js";
import type { CliContext, CommandModule } from "../context.js";
import { UserError } from "../errors.js";
import { findInputs } from "../files/find-inputs.js";
import {
  addDocumentOptions,
  addJobsOption,
  addReportOptions,
  parseVerbosity,
  parseJobs,
  parseOut,
  taskSettings,
  type DocumentOptions,
  type ReportOptions,
} from "./build-options.js";

type PacketOptions = DocumentOptions &
  ReportOptions & {
    readonly out: string;
    readonly zip: boolean;
    readonly jobs?: string;
  };

const examples = `
Examples:
  $ clausework packet engagements/ --out packets        packets/<id>.zip for every *.json
  $ clausework packet a.json b.json --out packets --no-zip
  $ clausework packet engagements/ --out packets --json > summary.json
  $ clausework packet engagements/ --out packets --clauses my-clauses/

A folder is searched for *.json, leaving out node_modules, hidden folders and
files, the output folder, *.schema.json, package.json, package-lock.json,
tsconfig*.json and manifest.json; a file named on the command line is always read.

Each packet holds every document in every format and manifest.json (versions,
SHA-256 hashes, sizes, diagnostics); the same input gives the same zip bytes.
Exits 0 when all were built, 1 when any input was invalid, 2 when a file could
not be read or written, 130 when interrupted.`;

export const packetCommand: CommandModule = {
  register(program: Command, context: CliContext): void {
    const command = program
      .command("packet")
      .description(
        "build client packets: one zip per engagement with every document and a manifest",
      )
      .argument("<paths...>", "engagement files, or folders to search for *.json")
      .requiredOption(
        "-o, --out <dir>",
        "output folder (required) for <id>.zip, or <id>/ with --no-zip",
      );
    addDocumentOptions(command).option(
      "--no-zip",
      "write each packet as a folder instead of a zip",
    );
    addReportOptions(addJobsOption(command, "packets"))
      .addHelpText("after", examples)
      .action(async (paths: string[], options: PacketOptions) => {
        const out = parseOut(options.out);
        const settings = taskSettings(options, options.zip ? "zip" : "folder");
        const chosenVerbosity = parseVerbosity(options);
        const jobs = parseJobs(options.jobs);
        const inputs = await findInputs(paths, context.io.cwd, out);
        if (inputs.length === 0) {
          throw new UserError(`no engagement files (*.json) in ${paths.join(", ")}`);
        }
        context.exitCode = await runBatchCommand(
          {
            inputs,
            out,
            settings,
            jobs,
            failFast: options.failFast === true,
            verbosity: chosenVerbosity,
            json: options.json === true,
            noun: ["packet", "packets"],
            ...(options.clauses === undefined ? {} : { clauses: options.clauses }),
          },
          context.io,
        );
      });
  },
};

import type { Command } from "commander";
import { eachOnce } from "../files/find-inputs.js";
import { runBatchCommand } from "../batch/batch-command.js";
import { parseStage } from "../build/formats.js";
import type { CliContext, CommandModule } from "../context.js";
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

type BuildOptions = DocumentOptions &
  ReportOptions & {
    readonly out: string;
    readonly stage?: string;
    readonly jobs?: string;
  };

const examples = `
Examples:
  $ clausework build my.json --out out                  out/<id>/proposal.pdf, contract.docx, ...
  $ clausework build my.json --out out --doc contract --format pdf
  $ clausework build - --out out < my.json              read standard input
  $ clausework build my.json --out debug --stage model  the document model as JSON
  $ clausework build my.json --out out --clauses my-clauses/
  $ clausework build a.json b.json --out out --json > summary.json

Writes nothing for an input with errors (exit 1); every file is written whole or not at all.`;

export const buildCommand: CommandModule = {
  register(program: Command, context: CliContext): void {
    const command = program
      .command("build")
      .description("build the documents of engagement files into a folder")
      .argument("<files...>", "engagement files, or - to read standard input")
      .requiredOption(
        "-o, --out <dir>",
        "output folder (required); each engagement gets <dir>/<id>/",
      );
    addDocumentOptions(command).option(
      "--stage <stage>",
      "write intermediate JSON instead: resolved, facts or model",
    );
    addReportOptions(addJobsOption(command, "files"))
      .addHelpText("after", examples)
      .action(async (files: string[], options: BuildOptions) => {
        const stage = parseStage(options.stage);
        context.exitCode = await runBatchCommand(
          {
            inputs: eachOnce(files, context.io.cwd),
            out: parseOut(options.out),
            settings: taskSettings(options, "files", stage),
            jobs: parseJobs(options.jobs),
            failFast: options.failFast === true,
            verbosity: parseVerbosity(options),
            json: options.json === true,
            noun: ["engagement", "engagements"],
            ...(options.clauses === undefined ? {} : { clauses: options.clauses }),
          },
          context.io,
        );
      });
  },
};

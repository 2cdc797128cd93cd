import type { Command } from "commander";
import { validate } from "@clausework/schema";
import {
  EXIT_INVALID,
  EXIT_OK,
  EXIT_USAGE,
  type CliContext,
  type CommandModule,
} from "../context.js";
import { clauseReports, withClauseFolder } from "../clauses/reports.js";
import { block, diagnosticLines, paint, plural, type FileReport } from "../output.js";
import { duplicateIdProblem } from "../build/severity.js";
import { eachOnce } from "../files/find-inputs.js";
import { readInputs } from "../read-input.js";
import { isUnreadable, unreadableReport } from "../report/unreadable.js";
import { addClausesOption } from "./build-options.js";

type ValidateOptions = { readonly json?: boolean; readonly clauses?: string };

const examples = `
Examples:
  $ clausework validate examples/engagements/*.json
  $ clausework validate - < engagement.json
  $ clausework validate --json my.json
  $ clausework validate --clauses my-clauses/ my.json   the clause files too

Two files with the same id are an error, as they are for build and packet.
Exits 0 when every file is valid, 1 when any is invalid, 2 when a file cannot be read.`;

export const validateCommand: CommandModule = {
  register(program: Command, context: CliContext): void {
    const command = program
      .command("validate")
      .description("check engagement files against the schema and print what is wrong")
      .argument("<files...>", "engagement files, or - to read standard input")
      .option(
        "--json",
        "print the results as JSON: [{ file, ok, diagnostics }], an unreadable file with code UNREADABLE",
      );
    addClausesOption(command)
      .addHelpText("after", examples)
      .action(async (files: string[], options: ValidateOptions) => {
        context.exitCode = await runValidate(files, options, context);
      });
  },
};

async function runValidate(
  files: readonly string[],
  options: ValidateOptions,
  context: CliContext,
): Promise<number> {
  const { io, color } = context;
  const folder = await clauseReports(options.clauses, io);
  const inputs = await readInputs(eachOnce(files, io.cwd), io);
  const reports: FileReport[] = [...folder.reports];
  const firstWithId = new Map<string, string>();
  for (const input of inputs) {
    if (!input.ok) {
      reports.push(unreadableReport(input.name, input.reason, io));
      continue;
    }
    const result = validate(input.text, { fileName: input.name });
    const clauses = withClauseFolder(result.engagement, folder, input.name);
    // As packet and build refuse it: two files of one run with the same id.
    const id = result.engagement?.id;
    const first = id === undefined ? undefined : firstWithId.get(id);
    if (id !== undefined && first === undefined) firstWithId.set(id, input.name);
    const duplicate =
      id === undefined || first === undefined ? [] : [duplicateIdProblem(id, first)];
    const problems = [...clauses.problems, ...duplicate];
    const diagnostics = [...result.diagnostics, ...problems];
    reports.push({ file: input.name, ok: result.ok && problems.length === 0, diagnostics });
  }
  const read = reports.filter((report) => !isUnreadable(report));
  io.stdout.write(options.json === true ? jsonReport(reports) : humanReport(read, color));
  if (read.length < reports.length) return EXIT_USAGE;
  return reports.every((report) => report.ok) ? EXIT_OK : EXIT_INVALID;
}

function jsonReport(reports: readonly FileReport[]): string {
  return `${JSON.stringify(reports, null, 2)}\n`;
}

function humanReport(reports: readonly FileReport[], color: boolean): string {
  if (reports.length === 0) return "";
  const lines = reports.flatMap((report) =>
    report.diagnostics.flatMap((diagnostic) => diagnosticLines(diagnostic, report.file, color)),
  );
  const invalid = reports.filter((report) => !report.ok).length;
  const summary = `${plural(reports.length, "file", "files")} checked: ${reports.length - invalid} valid, ${invalid} invalid`;
  return block([...lines, paint(summary, invalid === 0 ? "green" : "red", color)]);
}

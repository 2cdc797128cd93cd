import type { Command } from "commander";
import type { Diagnostic } from "@clausework/schema";
import {
  EXIT_INVALID,
  EXIT_OK,
  EXIT_USAGE,
  type CliContext,
  type CommandModule,
} from "../context.js";
import { clauseReports } from "../clauses/reports.js";
import { block, diagnosticLines, paint, plural, type FileReport } from "../output.js";
import { eachOnce } from "../files/find-inputs.js";
import { readInputs } from "../read-input.js";
import { isUnreadable, unreadableReport } from "../report/unreadable.js";
import { applyStrict, hasErrors } from "../build/severity.js";
import { addClausesOption } from "./build-options.js";

type LintOptions = {
  readonly json?: boolean;
  readonly strict?: boolean;
  readonly clauses?: string;
};

const examples = `
Examples:
  $ clausework lint my.json
  $ clausework lint --strict engagements/*.json     exit 1 on any warning (for CI)
  $ clausework lint --json my.json

Advice points at fields that are missing or risky: no deposit, no late fee,
deadlines before the inputs they need, statutory minimums. Exits 0 when the
files are valid (warnings or not), 1 when any is invalid or, with --strict,
has warnings, 2 when a file cannot be read. Text no PDF font draws
(PDF_MISSING_GLYPHS) stays a warning under --strict: only a PDF build
refuses it, and HTML, DOCX and Markdown show it.`;

export const lintCommand: CommandModule = {
  register(program: Command, context: CliContext): void {
    const command = program
      .command("lint")
      .description("print advice on engagement files: risky or missing terms")
      .argument("<files...>", "engagement files, or - to read standard input")
      .option(
        "--json",
        "print the results as JSON: [{ file, ok, diagnostics }], an unreadable file with code UNREADABLE",
      )
      .option("--strict", "treat warnings as errors (exit 1)");
    addClausesOption(command)
      .addHelpText("after", examples)
      .action(async (files: string[], options: LintOptions) => {
        const { io, color } = context;
        // The generator loads only for this command, not for every start of clausework.
        const { lintText } = await import("../lint/lint-text.js");
        const folder = await clauseReports(options.clauses, io);
        const strict = options.strict === true;
        const reports: FileReport[] = folder.reports.map((report) => strictReport(report, strict));
        for (const input of await readInputs(eachOnce(files, io.cwd), io)) {
          reports.push(
            input.ok
              ? lintText(input.text, input.name, strict, folder)
              : unreadableReport(input.name, input.reason, io),
          );
        }
        const read = reports.filter((report) => !isUnreadable(report));
        io.stdout.write(
          options.json === true
            ? `${JSON.stringify(reports, null, 2)}\n`
            : humanReport(read, color),
        );
        const failed = reports.some((report) => !report.ok);
        context.exitCode =
          read.length < reports.length ? EXIT_USAGE : failed ? EXIT_INVALID : EXIT_OK;
      });
  },
};

/** A clause file's report under --strict: its warnings are errors too. */
function strictReport(report: FileReport, strict: boolean): FileReport {
  if (!strict) return report;
  const diagnostics = applyStrict(report.diagnostics, true);
  return { ...report, ok: !hasErrors(diagnostics), diagnostics };
}

function humanReport(reports: readonly FileReport[], color: boolean): string {
  if (reports.length === 0) return "";
  const lines = reports.flatMap((report) =>
    report.diagnostics.flatMap((diagnostic) => diagnosticLines(diagnostic, report.file, color)),
  );
  const count = (severity: Diagnostic["severity"]): number =>
    reports.reduce(
      (total, r) => total + r.diagnostics.filter((d) => d.severity === severity).length,
      0,
    );
  const failed = reports.filter((report) => !report.ok).length;
  const summary =
    `${plural(reports.length, "file", "files")} linted: ` +
    [
      plural(count("error"), "error", "errors"),
      plural(count("warning"), "warning", "warnings"),
      plural(count("info"), "note", "notes"),
    ].join(", ");
  const style = failed > 0 ? "red" : count("warning") > 0 ? "yellow" : "green";
  return block([...lines, paint(summary, style, color)]);
}

import { readFileSync } from "node:fs";
import { Command } from "commander";
import { commands } from "./commands/index.js";
import type { CliContext } from "./context.js";

const examples = `
Examples:
  $ clausework validate examples/engagements/*.json   check files; exit 1 when any is invalid
  $ clausework validate - < engagement.json            read standard input
  $ clausework validate --json my.json                 diagnostics as JSON
  $ clausework schema > engagement.schema.json         write the JSON Schema for your editor

Exit codes: 0 success, 1 invalid input, 2 usage or file errors, 70 internal error.`;

/** The program with every command registered; output goes to context.io, never to process. */
export function createProgram(context: CliContext): Command {
  const { io } = context;
  const program = new Command("clausework")
    .description("Turn one JSON file describing a client engagement into its paperwork.")
    .version(packageVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "print help")
    .helpCommand(false)
    .exitOverride()
    .showHelpAfterError("(run 'clausework --help' for usage)")
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`clausework: ${text.replace(/^error: /, "")}`),
      getOutHelpWidth: () => 80,
      getErrHelpWidth: () => 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .addHelpText("after", examples);
  // Set after the output settings above, which subcommands copy when created.
  for (const command of commands) command.register(program, context);
  return program;
}

function packageVersion(): string {
  // src/ and dist/ both sit one level below package.json.
  const text = readFileSync(new URL("../package.json", import.meta.url), "utf8");
  const parsed: unknown = JSON.parse(text);
  return typeof parsed === "object" && parsed !== null && "version" in parsed
    ? String(parsed.version)
    : "unknown";
}

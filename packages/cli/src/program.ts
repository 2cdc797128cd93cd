import { Command } from "commander";
import { commands } from "./commands/index.js";
import type { CliContext } from "./context.js";
import { packageVersion } from "./version.js";

const examples = `
Examples:
  $ clausework init my.json                          a starter engagement to fill in
  $ clausework validate examples/engagements/*.json  check files; exit 1 when any is invalid
  $ clausework validate - < engagement.json          read standard input
  $ clausework lint my.json                          advice: missing or risky terms
  $ clausework build my.json --out out               every document in every format
  $ clausework build my.json --out out --clauses my-clauses/
  $ clausework packet engagements/ --out packets     one zip per engagement, for clients or CI
  $ clausework watch my.json --out out               build again on every save
  $ clausework schema > engagement.schema.json       write the JSON Schema for your editor

Exit codes: 0 success, 1 invalid input, 2 usage or file errors, 70 internal error,
130 interrupted.`;

/** The program with every command registered; output goes to context.io, never to process. */
export function createProgram(context: CliContext): Command {
  const { io } = context;
  const program = new Command("clausework")
    .description("Turn one JSON file describing a client engagement into its paperwork.")
    .version(packageVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "print help")
    .helpCommand("help [command]", "print help for a command")
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
  // A mistake in a command's options is best answered by that command's help.
  for (const command of program.commands) {
    command.showHelpAfterError(`(run 'clausework ${command.name()} --help' for usage)`);
  }
  return program;
}

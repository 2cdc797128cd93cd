import { CommanderError } from "commander";
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, type CliContext, type CliIo } from "./context.js";
import { UserError } from "./errors.js";
import { safeText, wantsColor } from "./output.js";
import { createProgram } from "./program.js";

/**
 * Runs `clausework` with the arguments after the program name and returns the
 * exit code. Never throws and never exits the process, so tests call it in-process.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const context: CliContext = { io, color: wantsColor(io), exitCode: EXIT_OK };
  try {
    await createProgram(context).parseAsync([...argv], { from: "user" });
    return context.exitCode;
  } catch (error) {
    return exitCodeFor(error, io);
  }
}

function exitCodeFor(error: unknown, io: CliIo): number {
  // Commander has already printed its message (or the help or version).
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  if (error instanceof UserError) {
    io.stderr.write(`clausework: ${safeText(error.message)}\n`);
    return EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  const debug = io.env?.["CLAUSEWORK_DEBUG"] === "1";
  io.stderr.write(
    `clausework: internal error: ${safeText(message)}` +
      (debug ? "\n" : " (set CLAUSEWORK_DEBUG=1 to see where; please report it)\n"),
  );
  if (debug && error instanceof Error && error.stack !== undefined) {
    io.stderr.write(`${error.stack}\n`);
  }
  return EXIT_INTERNAL;
}

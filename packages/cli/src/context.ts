import type { Command } from "commander";

/** Where output goes: process.stdout in the binary, a string sink in tests. */
export type OutputStream = {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
};

/** Everything the command touches outside its arguments, so tests run it in-process. */
export type CliIo = {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly stdin: AsyncIterable<string | Uint8Array>;
  /** Relative paths in arguments resolve against this directory. */
  readonly cwd: string;
  /** Environment variables; only NO_COLOR, CI, TERM and CLAUSEWORK_DEBUG are read. Empty when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Aborting it stops a running build, packet or watch as Ctrl-C does (for tests and embedders). */
  readonly signal?: AbortSignal;
};

/** Shared by every command of one run; a command's action sets exitCode. */
export type CliContext = {
  readonly io: CliIo;
  /** Whether stdout gets ANSI colours: a TTY with NO_COLOR unset. */
  readonly color: boolean;
  exitCode: number;
};

/** One command: a file in commands/ that adds itself to the program. */
export type CommandModule = {
  readonly register: (program: Command, context: CliContext) => void;
};

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
/** 128 + SIGINT: the shell's code for a run stopped with Ctrl-C. */
export const EXIT_INTERRUPTED = 130;
/** EX_SOFTWARE from sysexits.h: a bug in clausework, not in the input. */
export const EXIT_INTERNAL = 70;

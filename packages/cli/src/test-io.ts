// In-memory standard streams for running main() inside a test.
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import type { CliIo } from "./context.js";
import { main } from "./main.js";

export type RunOptions = {
  readonly stdin?: string | Uint8Array;
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly tty?: boolean;
  /** Whether standard error claims to be a terminal (colours in build and packet output). */
  readonly stderrTty?: boolean;
  /** Stops watch, build and packet as Ctrl-C would. */
  readonly signal?: AbortSignal;
};

export type RunResult = { readonly code: number; readonly stdout: string; readonly stderr: string };

/** The package folder, so tests can name fixtures as `test/fixtures/x.json`. */
export const packageDirectory = fileURLToPath(new URL("..", import.meta.url));

export function memoryIo(options: RunOptions = {}): {
  io: CliIo;
  result: () => Omit<RunResult, "code">;
} {
  let stdout = "";
  let stderr = "";
  const input = options.stdin === undefined ? [] : [options.stdin];
  const io: CliIo = {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: options.tty ?? false },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: options.stderrTty ?? false },
    stdin: Readable.from(input),
    cwd: options.cwd ?? packageDirectory,
    env: options.env ?? {},
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  };
  return { io, result: () => ({ stdout, stderr }) };
}

export async function run(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const { io, result } = memoryIo(options);
  const code = await main(argv, io);
  return { code, ...result() };
}

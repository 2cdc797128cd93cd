import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { CliIo } from "./context.js";
import { UserError } from "./errors.js";

/** The argument that means standard input. */
export const STDIN_ARGUMENT = "-";
/** How standard input is named in diagnostics and JSON output. */
export const STDIN_NAME = "<stdin>";

export type Input =
  | {
      readonly ok: true;
      readonly name: string;
      readonly text: string;
      /** SHA-256 of the bytes as read (before decoding), as `sha256sum` prints it. */
      readonly sha256: string;
    }
  | { readonly ok: false; readonly name: string; readonly reason: string };

// Strict decoding: a file saved in another encoding would otherwise turn into
// replacement characters and fail validation with confusing messages.
const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads each argument (a path relative to io.cwd, or "-" for stdin) in order.
 * Unreadable files come back as failures so the caller can report all of them;
 * only a misuse of the arguments throws.
 */
export async function readInputs(
  args: readonly string[],
  io: CliIo,
  signal?: AbortSignal,
): Promise<Input[]> {
  if (args.filter((arg) => arg === STDIN_ARGUMENT).length > 1) {
    throw new UserError("'-' (standard input) can be given only once");
  }
  const inputs: Input[] = [];
  for (const arg of args) {
    inputs.push(arg === STDIN_ARGUMENT ? await readStdin(io, signal) : await readPath(arg, io.cwd));
  }
  return inputs;
}

async function readPath(path: string, cwd: string): Promise<Input> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(cwd, path));
  } catch (error) {
    return { ok: false, name: path, reason: describeReadError(error) };
  }
  return decode(path, bytes);
}

/**
 * All of standard input, or, when `signal` aborts first (Ctrl-C while a pipe
 * stays open), what came so far: the caller sees the signal and builds nothing.
 * The abort destroys the stream, which ends the read in progress; otherwise
 * the open pipe would keep the read, and the process, waiting.
 */
async function readStdin(io: CliIo, signal?: AbortSignal): Promise<Input> {
  const chunks: Uint8Array[] = [];
  const close = (): void => destroyStream(io.stdin);
  signal?.addEventListener("abort", close, { once: true });
  try {
    if (signal?.aborted !== true) {
      for await (const chunk of io.stdin) {
        chunks.push(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
      }
    }
  } catch (error) {
    // A stream closed by the abort ends early; any other failure is real.
    if (signal?.aborted !== true) throw error;
  } finally {
    signal?.removeEventListener("abort", close);
  }
  return decode(STDIN_NAME, Buffer.concat(chunks));
}

function destroyStream(stream: unknown): void {
  if (typeof stream === "object" && stream !== null && "destroy" in stream) {
    const { destroy } = stream;
    if (typeof destroy === "function") destroy.call(stream);
  }
}

/** The bytes as text, refusing anything that is not UTF-8. */
export function decode(name: string, bytes: Uint8Array): Input {
  try {
    const text = decoder.decode(bytes);
    return { ok: true, name, text, sha256: createHash("sha256").update(bytes).digest("hex") };
  } catch {
    return { ok: false, name, reason: "not UTF-8 text (save the file as UTF-8)" };
  }
}

const reasons: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  ENOTDIR: "no such file",
  EISDIR: "is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
};

/** "no such file", "permission denied": why a path could not be read, in words. */
export function describeReadError(error: unknown): string {
  const code =
    typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
      ? error.code
      : undefined;
  if (code !== undefined) return reasons[code] ?? code;
  return error instanceof Error ? error.message : String(error);
}

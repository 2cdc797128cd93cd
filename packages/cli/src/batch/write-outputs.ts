// Writing one input's outputs, each through a temp file and a rename. A failed
// write is the user's environment (permissions, a full disk), so it comes back
// as a reason naming the output path rather than as an exception.
import { join } from "node:path";
import type { OutputFile } from "../build/layout.js";
import { writeFileAtomic } from "../files/atomic-write.js";
import { whyNotWritten } from "../files/why-not-written.js";

export type Written = { readonly outputs: string[] } | { readonly reason: string };

/**
 * Writes the files in order (a folder packet's manifest comes last), under the
 * absolute outDir; outputs are named with outName, the folder as the user wrote
 * it. "interrupted" when the signal stopped it between two files.
 */
export async function writeOutputs(
  files: readonly OutputFile[],
  outDir: string,
  outName: string,
  signal: AbortSignal,
): Promise<Written | "interrupted"> {
  const outputs: string[] = [];
  for (const file of files) {
    if (signal.aborted) return "interrupted";
    const shown = join(outName, file.path);
    try {
      await writeFileAtomic(join(outDir, file.path), file.bytes);
    } catch (error) {
      return { reason: `cannot write '${shown}': ${whyNotWritten(error)}` };
    }
    outputs.push(shown);
  }
  return { outputs };
}

// Writing one input's outputs, all or none: through temp files that are
// renamed into place only when every one of them is written (writeFilesAtomic).
// A failed write is the user's environment (permissions, a full disk), so it
// comes back as a reason naming the output path rather than as an exception.
import { lstatSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { OutputFile } from "../build/layout.js";
import { WriteFailure, writeFilesAtomic } from "../files/atomic-write.js";
import { removeFolderIfEmpty } from "../files/make-folder.js";
import { whyNotWritten } from "../files/why-not-written.js";

export type Written = { readonly outputs: string[] } | { readonly reason: string };

/**
 * Writes the files under the absolute outDir; outputs are named with outName,
 * the folder as the user wrote it. `replaces` lists paths (relative to outDir)
 * that belong to this output and go when it does not write them again: a
 * packet folder rebuilt with fewer formats keeps no file its manifest does not
 * list. "interrupted" when the signal stopped it: then nothing is written.
 */
export async function writeOutputs(
  files: readonly OutputFile[],
  outDir: string,
  outName: string,
  signal: AbortSignal,
  replaces: readonly string[] = [],
): Promise<Written | "interrupted"> {
  if (signal.aborted) return "interrupted";
  const targets = files.map((file) => ({ path: join(outDir, file.path), bytes: file.bytes }));
  try {
    if (!(await writeFilesAtomic(targets, () => signal.aborted))) return "interrupted";
  } catch (error) {
    if (!(error instanceof WriteFailure)) throw error;
    const shown = join(outName, relative(outDir, error.path));
    return { reason: `cannot write '${shown}': ${whyNotWritten(error.cause)}` };
  }
  const written = new Set(files.map((file) => file.path));
  const emptied = new Set<string>();
  for (const path of replaces) {
    const target = join(outDir, path);
    // Only a file of ours goes; a folder by that name is the user's.
    if (written.has(path) || lstatSync(target, { throwIfNoEntry: false })?.isFile() !== true) {
      continue;
    }
    try {
      rmSync(target);
    } catch (error) {
      const shown = join(outName, path);
      return { reason: `cannot remove the earlier '${shown}': ${whyNotWritten(error)}` };
    }
    if (dirname(path) !== ".") emptied.add(join(outDir, dirname(path)));
  }
  // A packet folder left with nothing goes too; one with the user's files stays.
  for (const folder of emptied) removeFolderIfEmpty(folder);
  return { outputs: files.map((file) => join(outName, file.path)) };
}

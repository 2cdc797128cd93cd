// Every output goes to a temp file beside its target, then is renamed over it:
// a rename within one directory is atomic, so a reader (or a crash, or Ctrl-C)
// sees the old file or the new one, never half of one. Temp files still open
// are tracked so an interrupt can delete them before the process exits.
import { renameSync, rmSync } from "node:fs";
import { lstat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { makeFolder, removeFolderIfEmpty } from "./make-folder.js";

const pending = new Set<string>();
let counter = 0;

/** The temp name marks its owner (pid) and is unique within the process; never random. */
function tempPathFor(path: string): string {
  counter += 1;
  return join(dirname(path), `.${basename(path)}.${process.pid}-${counter}.tmp`);
}

/** Whether a file name is one of our temp files (for tests and cleanup checks). */
export function isTempFile(name: string): boolean {
  return /^\..+\.\d+-\d+\.tmp$/.test(name);
}

/**
 * Writes bytes to path through a temp file and a rename. No fsync: the promise
 * is about process crashes and interrupts, which a rename covers; surviving a
 * power cut would cost an fsync per file on every build.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array | string): Promise<void> {
  try {
    await writeFilesAtomic([{ path, bytes }]);
  } catch (error) {
    // One file: the file system's own error, as callers of a single write expect.
    throw error instanceof WriteFailure ? error.cause : error;
  }
}

/** One file of a set that could not be written, with the error the file system gave. */
export class WriteFailure extends Error {
  constructor(
    readonly path: string,
    override readonly cause: unknown,
  ) {
    super(`cannot write ${path}`);
  }
}

/**
 * Writes a set of files all or nothing, as far as a process can see: every
 * file goes to its temp file first, and only when all of them are written are
 * they renamed into place, in one synchronous loop. A failed write (a full
 * disk, a folder in the way) leaves no file of the set and no temp file; a
 * signal cannot run its handler between two of the renames. `stop()` is asked
 * once the temp files are written: true removes them and writes nothing.
 * Returns false when stopped.
 *
 * What it cannot promise: a rename that fails after others succeeded (a file
 * the user may not replace, a mount point) leaves those in place, and a
 * process killed outright (SIGKILL, power) can stop between two renames.
 */
export async function writeFilesAtomic(
  files: readonly { readonly path: string; readonly bytes: Uint8Array | string }[],
  stop: () => boolean = () => false,
): Promise<boolean> {
  const temps: string[] = [];
  const folders: string[] = [];
  /**
   * Removes the temp files from the index-th on (the ones not renamed yet),
   * then the folders this call made that are empty again, innermost first:
   * a set not written leaves no empty <id>/ behind. A folder holding anything
   * (a file renamed in, another writer's) stays, as rmdir refuses it.
   */
  const discard = (from = 0) => {
    for (const temp of temps.slice(from)) {
      rmSync(temp, { force: true });
      pending.delete(temp);
    }
    for (const folder of folders.reverse()) removeFolderIfEmpty(folder);
  };
  for (const file of files) {
    try {
      folders.push(...(await makeFolder(dirname(file.path))));
      // A rename onto a folder fails; find that now, before any file is in place.
      if ((await lstat(file.path).catch(() => undefined))?.isDirectory() === true) {
        throw Object.assign(new Error(`${file.path} is a folder`), { code: "EISDIR" });
      }
      const temp = tempPathFor(file.path);
      pending.add(temp);
      temps.push(temp);
      await writeFile(temp, file.bytes, { flag: "wx" });
    } catch (error) {
      discard();
      throw new WriteFailure(file.path, error);
    }
  }
  if (stop()) {
    discard();
    return false;
  }
  for (const [index, file] of files.entries()) {
    const temp = temps[index];
    if (temp === undefined) continue;
    try {
      renameSync(temp, file.path);
    } catch (error) {
      discard(index);
      throw new WriteFailure(file.path, error);
    }
    pending.delete(temp);
  }
  return true;
}

/** Deletes the temp files of writes still in flight; synchronous, for a signal handler. */
export function removePendingTempFiles(): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}

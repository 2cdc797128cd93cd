// Every output goes to a temp file beside its target, then is renamed over it:
// a rename within one directory is atomic, so a reader (or a crash, or Ctrl-C)
// sees the old file or the new one, never half of one. Temp files still open
// are tracked so an interrupt can delete them before the process exits.
import { rmSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

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
  await mkdir(dirname(path), { recursive: true });
  const temp = tempPathFor(path);
  pending.add(temp);
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    pending.delete(temp);
  }
}

/** Deletes the temp files of writes still in flight; synchronous, for a signal handler. */
export function removePendingTempFiles(): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}

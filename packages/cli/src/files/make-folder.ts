// mkdir -p, one level at a time. Node 20's own recursive mkdir never returns
// when the file system refuses a folder under one that exists with ENOENT, as
// /proc and /sys do (`--out /proc/x` spun at full CPU); here that is an error.
import { rmdirSync } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";

/** The error code for a folder the file system refuses under one that exists. */
export const NO_FOLDER_HERE = "ENOFOLDERHERE";

/** Creates the folder and any missing parents (absolute paths); returns those it made, outermost first. */
export async function makeFolder(folder: string): Promise<string[]> {
  const missing: string[] = [];
  for (let path = folder; ; path = dirname(path)) {
    const found = await stat(path).catch(() => undefined);
    if (found !== undefined) {
      if (!found.isDirectory()) {
        throw Object.assign(new Error(`${path} is not a folder`), { code: "ENOTDIR", path });
      }
      break;
    }
    missing.unshift(path);
    if (dirname(path) === path) break;
  }
  const made: string[] = [];
  for (const path of missing) {
    try {
      await mkdir(path);
      made.push(path);
    } catch (error) {
      const code = typeof error === "object" && error !== null && "code" in error ? error.code : "";
      // Made meanwhile by another writer: fine, when it is a folder.
      if (code === "EEXIST" && (await stat(path)).isDirectory()) continue;
      // ENOENT under a folder that exists: the file system takes no folder there.
      if (code === "ENOENT" && (await stat(dirname(path)).catch(() => undefined)) !== undefined) {
        throw Object.assign(new Error(`no folder can be made at ${path}`), {
          code: NO_FOLDER_HERE,
          path,
        });
      }
      throw error;
    }
  }
  return made;
}

/** Removes a folder if it is empty; one holding anything (or gone) is left as it is. */
export function removeFolderIfEmpty(folder: string): void {
  try {
    rmdirSync(folder);
  } catch {
    // Not empty, or not there: not ours to remove.
  }
}

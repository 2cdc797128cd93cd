// mkdir -p, one level at a time. Node 20's own recursive mkdir never returns
// when the file system refuses a folder under one that exists with ENOENT, as
// /proc and /sys do (`--out /proc/x` spun at full CPU); here that is an error.
import { mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";

/** Creates the folder and any missing parents; absolute paths. */
export async function makeFolder(folder: string): Promise<void> {
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
  for (const path of missing) {
    try {
      await mkdir(path);
    } catch (error) {
      // Made meanwhile by another writer: fine, when it is a folder.
      const code = typeof error === "object" && error !== null && "code" in error ? error.code : "";
      if (code !== "EEXIST" || !(await stat(path)).isDirectory()) throw error;
    }
  }
}

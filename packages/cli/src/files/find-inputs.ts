// Packet arguments may name folders: each is searched for *.json, skipping
// node_modules, hidden folders and the output folder (so a second run does not
// pick up the manifests of the first).
import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";

const skippedFolders = new Set(["node_modules"]);

/**
 * The files to build, as paths relative to cwd where possible: files as given,
 * folders expanded to their *.json files in code-unit order. Each file once.
 * A path that does not exist is passed through, so reading it reports the error;
 * "-" (standard input) too.
 */
export async function findInputs(
  args: readonly string[],
  cwd: string,
  exclude?: string,
): Promise<string[]> {
  const excluded = exclude === undefined ? undefined : resolve(cwd, exclude);
  const found: string[] = [];
  for (const arg of args) {
    if (arg === "-") {
      found.push(arg);
      continue;
    }
    const kind = await kindOf(resolve(cwd, arg));
    if (kind === "folder") found.push(...(await jsonFilesUnder(resolve(cwd, arg), excluded)));
    else found.push(resolve(cwd, arg));
  }
  const unique = [...new Set(found)];
  return unique.map((path) => (path === "-" ? path : displayPath(path, cwd)));
}

async function kindOf(path: string): Promise<"folder" | "other"> {
  try {
    return (await stat(path)).isDirectory() ? "folder" : "other";
  } catch {
    return "other";
  }
}

async function jsonFilesUnder(folder: string, excluded: string | undefined): Promise<string[]> {
  if (folder === excluded) return [];
  const entries = await readdir(folder, { withFileTypes: true });
  const names = entries.map((entry) => entry.name).sort(compareText);
  const files: string[] = [];
  for (const name of names) {
    const entry = entries.find((candidate) => candidate.name === name);
    const path = join(folder, name);
    if (entry?.isDirectory() === true) {
      if (!skippedFolders.has(name) && !name.startsWith(".")) {
        files.push(...(await jsonFilesUnder(path, excluded)));
      }
    } else if (name.endsWith(".json") && (await kindOf(path)) === "other") {
      files.push(path);
    }
  }
  return files;
}

function displayPath(path: string, cwd: string): string {
  const relativePath = relative(cwd, path);
  return relativePath === "" || relativePath.startsWith(`..${sep}..${sep}..`) ? path : relativePath;
}

// Code-unit order, so the build order does not depend on the machine's locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

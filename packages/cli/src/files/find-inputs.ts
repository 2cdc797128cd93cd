// Packet arguments may name folders: each is searched for engagement files
// (*.json), skipping node_modules, hidden folders and files, the output folder (so a
// second run does not pick up the manifests of the first), and JSON files that
// sit beside engagements but are not one: a JSON Schema (the README suggests
// `clausework schema > engagement.schema.json`), npm's and TypeScript's files.
// A file named on the command line is always read, whatever its name.
import { readdir, stat } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import { UserError } from "../errors.js";

const skippedFolders = new Set(["node_modules"]);
const notEngagements = [
  /\.schema\.json$/,
  /^package(-lock)?\.json$/,
  /^tsconfig.*\.json$/,
  /^manifest\.json$/,
];

/** Whether a *.json file found in a folder is left out of a batch (see the top of this file). */
function skippedInFolder(name: string): boolean {
  return notEngagements.some((pattern) => pattern.test(name));
}

/**
 * The files to build, each shown as typed: a file as given, a folder's files
 * as the folder as given joined with their path inside it, in code-unit order.
 * Each file once (by its absolute path), where it first appears. A path that
 * does not exist is passed through, so reading it reports the error; "-"
 * (standard input) too.
 */
export async function findInputs(
  args: readonly string[],
  cwd: string,
  exclude?: string,
): Promise<string[]> {
  const excluded = exclude === undefined ? undefined : resolve(cwd, exclude);
  const shown = new Map<string, string>();
  const add = (path: string, display: string) => {
    if (!shown.has(path)) shown.set(path, display);
  };
  for (const arg of args) {
    if (arg === "-") {
      add(arg, arg);
      continue;
    }
    const path = resolve(cwd, arg);
    if ((await kindOf(path)) === "folder") {
      if (excluded !== undefined && (path === excluded || path.startsWith(`${excluded}${sep}`))) {
        throw new UserError(
          `the folder '${arg}' is the output folder or inside it; give --out another folder`,
        );
      }
      for (const inside of await jsonFilesUnder(path, excluded)) {
        add(join(path, inside), inFolderAsTyped(arg, inside));
      }
    } else {
      add(path, arg);
    }
  }
  return [...shown.values()];
}

/** "./engagements/" and "a.json" → "./engagements/a.json": the folder exactly as typed. */
function inFolderAsTyped(folder: string, inside: string): string {
  return folder.endsWith(sep) || folder.endsWith("/")
    ? `${folder}${inside}`
    : `${folder}${sep}${inside}`;
}

/**
 * Files as given, each once (by absolute path), where it first appears:
 * `build a.json a.json`. Every "-" stays, for readInputs to refuse a second.
 */
export function eachOnce(args: readonly string[], cwd: string): string[] {
  const seen = new Set<string>();
  return args.filter((arg) => {
    if (arg === "-") return true;
    const path = resolve(cwd, arg);
    if (seen.has(path)) return false;
    seen.add(path);
    return true;
  });
}

async function kindOf(path: string): Promise<"folder" | "file" | "other"> {
  try {
    const found = await stat(path);
    return found.isDirectory() ? "folder" : found.isFile() ? "file" : "other";
  } catch {
    return "other";
  }
}

/** The engagement files under a folder, as paths relative to it. */
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
        const inside = await jsonFilesUnder(path, excluded);
        files.push(...inside.map((file) => join(name, file)));
      }
    } else if (
      name.endsWith(".json") &&
      !name.startsWith(".") &&
      !skippedInFolder(name) &&
      // Only plain files: reading a named pipe (FIFO) found here would wait forever.
      (await kindOf(path)) === "file"
    ) {
      files.push(name);
    }
  }
  return files;
}

// Code-unit order, so the build order does not depend on the machine's locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

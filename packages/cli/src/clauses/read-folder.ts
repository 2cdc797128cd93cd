// Reading the folder given by --clauses: every *.md file directly in it (not in
// subfolders; names starting with "." are editors' lock and swap files), in name
// order. The number of files and the size of each are bounded before anything is
// read, so a folder of huge files costs a directory listing and a few stats.
import { open, readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import schemaJson from "@clausework/schemas/engagement.schema.json" with { type: "json" };
import { UserError } from "../errors.js";
import { decode, describeReadError } from "../read-input.js";

/** As many as one engagement may hold: the schema's limit on customClauses. */
export const MAX_CLAUSE_FILES: number = schemaJson.properties.customClauses.maxItems;

/**
 * A template may have 20,000 characters, up to four bytes each in UTF-8, plus a
 * few lines of front matter: no clause that could pass the checks is larger.
 */
export const MAX_CLAUSE_FILE_BYTES = 100_000;

export type ClauseFileText =
  | { readonly kind: "text"; readonly file: string; readonly text: string; readonly sha256: string }
  | { readonly kind: "too-large"; readonly file: string; readonly bytes: number }
  | { readonly kind: "unreadable"; readonly file: string; readonly reason: string };

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1000)} KB`;

export function tooLargeMessage(bytes: number): string {
  return `the file is ${kilobytes(bytes)}; a clause file may be at most ${kilobytes(MAX_CLAUSE_FILE_BYTES)}`;
}

async function clauseNames(folder: string, shown: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    const code = error instanceof Error && "code" in error ? error.code : undefined;
    const reason =
      code === "ENOENT"
        ? "no such folder"
        : code === "ENOTDIR"
          ? "not a folder"
          : describeReadError(error);
    throw new UserError(`cannot read the clause folder '${shown}': ${reason}`);
  }
  const clauses = names.filter((name) => name.endsWith(".md") && !name.startsWith(".")).sort();
  if (clauses.length === 0) throw new UserError(`no clause files (*.md) in '${shown}'`);
  if (clauses.length > MAX_CLAUSE_FILES) {
    throw new UserError(
      `'${shown}' holds ${clauses.length} clause files; at most ${MAX_CLAUSE_FILES}, as many as one engagement may have`,
    );
  }
  return clauses;
}

/** At most the limit plus one byte, so a file that grows while it is read is still caught. */
async function readBounded(path: string): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(MAX_CLAUSE_FILE_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

async function readClauseFile(path: string, file: string): Promise<ClauseFileText> {
  let bytes: Uint8Array;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_CLAUSE_FILE_BYTES) return { kind: "too-large", file, bytes: size };
    bytes = await readBounded(path);
  } catch (error) {
    return { kind: "unreadable", file, reason: describeReadError(error) };
  }
  if (bytes.length > MAX_CLAUSE_FILE_BYTES) return { kind: "too-large", file, bytes: bytes.length };
  const decoded = decode(file, bytes);
  if (!decoded.ok) return { kind: "unreadable", file, reason: decoded.reason };
  return { kind: "text", file, text: decoded.text, sha256: decoded.sha256 };
}

/**
 * The clause files of `folder` (relative to cwd), named as the user would see
 * them ("clauses/hosting.md"). A folder that cannot be listed, holds no clause
 * file or too many is a usage error; a file that cannot be read is reported.
 */
export async function readClauseFolder(folder: string, cwd: string): Promise<ClauseFileText[]> {
  const absolute = resolve(cwd, folder);
  const names = await clauseNames(absolute, folder);
  return Promise.all(names.map((name) => readClauseFile(join(absolute, name), join(folder, name))));
}

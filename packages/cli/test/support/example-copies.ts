// Batches for tests: copies of the bundled example engagements, each with its
// own id (and file name), so a batch of any size builds without collisions.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const examplesDirectory = fileURLToPath(
  new URL("../../../../examples/engagements/", import.meta.url),
);

export function exampleFiles(): string[] {
  return readdirSync(examplesDirectory)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => join(examplesDirectory, name));
}

/** Writes `count` engagements to folder as 000-<example>.json, ids suffixed -000, -001, ... */
export function writeExampleCopies(folder: string, count: number): string[] {
  mkdirSync(folder, { recursive: true });
  const sources = exampleFiles().map((file) => ({
    name: file.slice(file.lastIndexOf("/") + 1),
    value: JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>,
  }));
  const written: string[] = [];
  for (let index = 0; index < count; index++) {
    const source = sources[index % sources.length];
    if (source === undefined) throw new Error("no example engagements found");
    const number = String(index).padStart(3, "0");
    // Without "$schema" (JSON.stringify drops undefined): its relative path would
    // not resolve from the copy's folder.
    const copy = {
      ...source.value,
      $schema: undefined,
      id: `${String(source.value["id"])}-${number}`,
    };
    const path = join(folder, `${number}-${source.name}`);
    writeFileSync(path, `${JSON.stringify(copy, null, 2)}\n`);
    written.push(path);
  }
  return written;
}

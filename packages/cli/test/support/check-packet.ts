// Opens a packet zip and checks it against its own manifest: every file listed
// is there with the hash and size the manifest says, and nothing else is.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import type { Manifest } from "../../src/build/manifest.js";

const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

export function readPacket(zipPath: string): {
  manifest: Manifest;
  entries: Record<string, Uint8Array>;
} {
  const entries = unzipSync(readFileSync(zipPath));
  const manifestBytes = entries["manifest.json"];
  if (manifestBytes === undefined) throw new Error(`${zipPath} has no manifest.json`);
  return { manifest: JSON.parse(new TextDecoder().decode(manifestBytes)) as Manifest, entries };
}

/** Problems found, as sentences; an empty list means the packet matches its manifest. */
export function packetProblems(zipPath: string): string[] {
  const { manifest, entries } = readPacket(zipPath);
  const problems: string[] = [];
  const listed = new Set(manifest.files.map((file) => file.path));
  for (const name of Object.keys(entries)) {
    if (name !== "manifest.json" && !listed.has(name))
      problems.push(`${name} is not in the manifest`);
  }
  for (const file of manifest.files) {
    const bytes = entries[file.path];
    if (bytes === undefined) problems.push(`${file.path} is missing`);
    else if (sha256(bytes) !== file.sha256) problems.push(`${file.path} does not match its hash`);
    else if (bytes.byteLength !== file.bytes) problems.push(`${file.path} has the wrong size`);
  }
  return problems;
}

// manifest.json of a packet: what was built, from what, by which version, with
// hashes a client or an auditor can check the files against.
import { createHash } from "node:crypto";
import type { Diagnostic } from "@clausework/schema";

export type ManifestFile = {
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
};

export type Manifest = {
  readonly manifestVersion: 1;
  readonly tool: { readonly name: "clausework"; readonly version: string };
  readonly engagement: { readonly id: string; readonly issuedOn: string };
  /** The input's base name, so the manifest does not depend on where the build ran. */
  readonly input: { readonly file: string; readonly sha256: string };
  /** The clause files of --clauses the documents were built with, by base name. */
  readonly customClauses?: readonly { readonly file: string; readonly sha256: string }[];
  /** Every other file of the packet, sorted by path. */
  readonly files: readonly ManifestFile[];
  /** Advice and warnings about the input (a packet is only built without errors). */
  readonly diagnostics: readonly Diagnostic[];
};

export const MANIFEST_FILE = "manifest.json";

export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export type ManifestInput = {
  readonly toolVersion: string;
  readonly id: string;
  readonly issuedOn: string;
  readonly inputFile: string;
  readonly inputSha256: string;
  readonly customClauses?: readonly { readonly file: string; readonly sha256: string }[];
  readonly files: readonly { readonly path: string; readonly bytes: Uint8Array }[];
  readonly diagnostics: readonly Diagnostic[];
};

export function createManifest(input: ManifestInput): Manifest {
  const files = input.files
    .map((file) => ({ path: file.path, sha256: sha256(file.bytes), bytes: file.bytes.byteLength }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    manifestVersion: 1,
    tool: { name: "clausework", version: input.toolVersion },
    engagement: { id: input.id, issuedOn: input.issuedOn },
    input: { file: input.inputFile, sha256: input.inputSha256 },
    ...(input.customClauses === undefined ? {} : { customClauses: input.customClauses }),
    files,
    diagnostics: input.diagnostics,
  };
}

/** Pretty JSON with a final line feed, as every JSON file clausework writes. */
export function jsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
}

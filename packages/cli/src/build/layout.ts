// Where the files of one engagement go, relative to the output folder:
//   files   <id>/<doc>.<ext>                      (clausework build)
//   folder  <id>/<doc>.<ext> + <id>/manifest.json  (clausework packet --no-zip)
//   zip     <id>.zip holding the same             (clausework packet)
import { basename } from "node:path";
import type { Diagnostic } from "@clausework/schema";
import { createManifest, jsonBytes, MANIFEST_FILE } from "./manifest.js";
import { deterministicZip } from "../files/zip.js";
import { documentKinds, formats } from "./formats.js";

export type Layout = "files" | "folder" | "zip";

export type OutputFile = { readonly path: string; readonly bytes: Uint8Array };

export type LayoutTask = {
  readonly name: string;
  readonly inputSha256: string;
  readonly layout: Layout;
  readonly toolVersion: string;
  readonly clauses?: {
    readonly files: readonly { readonly file: string; readonly sha256: string }[];
  };
};

export type Built = {
  readonly id: string;
  readonly issuedOn: string;
  readonly files: readonly OutputFile[];
  readonly diagnostics: readonly Diagnostic[];
};

/**
 * Files of an earlier build that a new one replaces even when it does not
 * write them again: a packet is what this run built for its id, so every
 * document file and the manifest of <id>/ go, and <id>.zip when no packet was
 * made this time. Built files (`build`) stay: a narrower build adds to the
 * folder, as users expect of it.
 */
export function replacedPaths(layout: Layout, id: string): string[] {
  if (layout === "zip") return [`${id}.zip`];
  if (layout !== "folder") return [];
  const documents = documentKinds.flatMap((kind) => formats.map((format) => `${kind}.${format}`));
  return [...documents, MANIFEST_FILE].map((name) => `${id}/${name}`);
}

// The schema allows only slugs as ids; this guards the file system anyway.
const safeId = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function layOut(task: LayoutTask, built: Built): OutputFile[] {
  if (!safeId.test(built.id))
    throw new Error(`engagement id ${JSON.stringify(built.id)} is not a safe file name`);
  const inFolder = (file: OutputFile): OutputFile => ({
    path: `${built.id}/${file.path}`,
    bytes: file.bytes,
  });
  // A packet of no document (--doc handover for an engagement without one) is
  // not written: a zip of only a manifest would look like a packet in CI's
  // artifacts. The warning that nothing was built says why.
  if (task.layout === "files" || built.files.length === 0) return built.files.map(inFolder);
  const manifest = createManifest({
    toolVersion: task.toolVersion,
    id: built.id,
    issuedOn: built.issuedOn,
    inputFile: basename(task.name),
    inputSha256: task.inputSha256,
    ...(task.clauses === undefined
      ? {}
      : {
          customClauses: task.clauses.files.map(({ file, sha256 }) => ({
            file: basename(file),
            sha256,
          })),
        }),
    files: built.files,
    diagnostics: built.diagnostics,
  });
  const packet = [...built.files, { path: MANIFEST_FILE, bytes: jsonBytes(manifest) }];
  if (task.layout === "folder") return packet.map(inFolder);
  return [{ path: `${built.id}.zip`, bytes: deterministicZip(packet, built.issuedOn) }];
}

// Downloads, built where the preview is built (in a worker) with the same
// packages as the CLI. The renderers are large, so each is imported on first use.
import type { DocumentKind, DocumentModel } from "@clausework/model";
import { buildDocument } from "./build-documents.js";
import type { Built } from "./build-documents.js";
import { buildPacket } from "./packet.js";
import type { PacketEntry } from "./packet.js";
import { documentKinds } from "./pipeline-protocol.js";
import type { ExportFile, ExportFormat, ExportResult } from "./pipeline-protocol.js";
import { renderPdfBytes } from "./render-pdf-bytes.js";

async function renderDocxBytes(model: DocumentModel): Promise<Uint8Array> {
  const { renderDocx } = await import("@clausework/render-docx");
  return renderDocx(model);
}

async function renderHtmlBytes(model: DocumentModel): Promise<Uint8Array> {
  const { renderHtml } = await import("@clausework/render-html");
  return new TextEncoder().encode(renderHtml(model, { standalone: true }));
}

const renderers = { pdf: renderPdfBytes, docx: renderDocxBytes, html: renderHtmlBytes };
type FileFormat = keyof typeof renderers;

async function documentFile(model: DocumentModel, format: FileFormat): Promise<PacketEntry> {
  const bytes = await renderers[format](model);
  return { name: `${model.meta.id}.${format}`, bytes, document: model.kind, format };
}

function modelsOf(
  text: string,
  kinds: readonly DocumentKind[],
): { built: Built; models: DocumentModel[] } {
  const models: DocumentModel[] = [];
  let built: Built = { diagnostics: [], advice: [] };
  for (const kind of kinds) {
    const document = buildDocument(text, kind);
    built = document;
    if (document.model !== undefined) models.push(document.model);
  }
  return { built, models };
}

async function packetFile(
  text: string,
  built: Built,
  models: readonly DocumentModel[],
): Promise<ExportFile> {
  const entries: PacketEntry[] = [
    { name: "engagement.json", bytes: new TextEncoder().encode(text), format: "json" },
  ];
  for (const model of models) {
    for (const format of ["pdf", "docx", "html"] as const)
      entries.push(await documentFile(model, format));
  }
  const engagement = built.engagement;
  if (engagement === undefined) throw new Error("the packet needs a valid engagement");
  const bytes = await buildPacket(engagement.id, engagement.issuedOn, entries);
  return { name: `${engagement.id}-packet.zip`, bytes };
}

/** The files for one download; none when the input is invalid (the diagnostics say why). */
export async function exportFiles(
  text: string,
  kind: DocumentKind,
  format: ExportFormat,
): Promise<ExportResult> {
  const started = performance.now();
  const kinds = format === "packet" ? documentKinds : [kind];
  const { built, models } = modelsOf(text, kinds);
  const done = (files: ExportFile[]): ExportResult => ({
    files,
    diagnostics: built.diagnostics,
    elapsed: performance.now() - started,
  });
  const first = models[0];
  if (first === undefined) return done([]);
  if (format === "packet") return done([await packetFile(text, built, models)]);
  const { name, bytes } = await documentFile(first, format);
  return done([{ name, bytes }]);
}

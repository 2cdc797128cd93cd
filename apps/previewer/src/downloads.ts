// The download buttons: PDF and DOCX of the document on screen, and the whole
// packet as a zip. Built in the export worker with the CLI's renderers.
import type { DocumentKind } from "@clausework/model";
import { downloadBytes } from "./files.js";
import type { Pipeline } from "./pipeline.js";
import type { ExportFormat, ExportResult } from "./pipeline-protocol.js";

const mediaTypes: Readonly<Record<ExportFormat, string>> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  packet: "application/zip",
};

export type DownloadContext = {
  readonly pipeline: Pipeline;
  readonly text: () => string;
  readonly kind: () => DocumentKind;
  readonly status: (message: string) => void;
};

/** Builds one export and records how long the worker took (User Timing, for the benchmark). */
export async function buildExport(
  context: DownloadContext,
  format: ExportFormat,
): Promise<ExportResult> {
  const started = performance.now();
  const result = await context.pipeline.export(context.text(), context.kind(), format);
  performance.measure(`clausework:export:${format}`, { start: started, end: performance.now() });
  document.dispatchEvent(
    new CustomEvent("export-finished", {
      detail: { format, kind: context.kind(), elapsed: result.elapsed },
    }),
  );
  return result;
}

async function download(context: DownloadContext, format: ExportFormat): Promise<void> {
  const what = format === "packet" ? "the packet" : `the ${context.kind()} ${format.toUpperCase()}`;
  context.status(`Building ${what}…`);
  try {
    const result = await buildExport(context, format);
    const file = result.files[0];
    if (file === undefined) {
      context.status(`Fix the errors in the engagement first, then download ${what}.`);
      return;
    }
    downloadBytes(file.name, file.bytes, mediaTypes[format]);
    context.status(`Built ${file.name} in ${Math.round(result.elapsed)} ms.`);
  } catch (error) {
    context.status(
      `Could not build ${what}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

export function wireDownloads(
  context: DownloadContext,
  buttons: Readonly<Record<ExportFormat, HTMLButtonElement>>,
): void {
  for (const format of ["pdf", "docx", "packet"] as const) {
    const button = buttons[format];
    button.addEventListener("click", () => {
      button.disabled = true;
      void download(context, format).finally(() => (button.disabled = false));
    });
  }
}

// The pipeline worker: validation, generation and rendering run here, off the
// page's thread, so typing never waits for a document to be built.
import type { DocumentKind } from "@clausework/model";
import { renderHtml } from "@clausework/render-html";
import { buildDocument } from "./build-documents.js";
import { exportFiles } from "./export-files.js";
import type { PreviewResult, WorkerRequest, WorkerResponse } from "./pipeline-protocol.js";

function preview(text: string, kind: DocumentKind): PreviewResult {
  const started = performance.now();
  const built = buildDocument(text, kind);
  const elapsed = (): number => performance.now() - started;
  const { diagnostics, advice } = built;
  if (built.model !== undefined) {
    const html = renderHtml(built.model, { standalone: true });
    return { diagnostics, advice, html, elapsed: elapsed() };
  }
  return built.missing === undefined
    ? { diagnostics, advice, elapsed: elapsed() }
    : { diagnostics, advice, missing: built.missing, elapsed: elapsed() };
}

async function answer(request: WorkerRequest): Promise<WorkerResponse> {
  try {
    if (request.type === "preview") {
      return { type: "preview", id: request.id, result: preview(request.text, request.kind) };
    }
    const result = await exportFiles(request.text, request.kind, request.format);
    return { type: "export", id: request.id, result };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { type: "failure", id: request.id, message };
  }
}

globalThis.addEventListener("message", (event: MessageEvent<WorkerRequest>) => {
  void answer(event.data).then((response) => globalThis.postMessage(response));
});

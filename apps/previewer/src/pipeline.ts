// The page's side of the pipeline workers: a request is a promise. One worker
// keeps the live preview; downloads and the PDF tab get their own, started on
// first use, so a long PDF build never holds up the preview.
import type { DocumentKind } from "@clausework/model";
import type {
  ExportFormat,
  ExportResult,
  PreviewResult,
  WorkerRequest,
  WorkerResponse,
} from "./pipeline-protocol.js";

type Pending = { resolve: (response: WorkerResponse) => void };

/** A request before the worker client numbers it (distributes over the union). */
type Unnumbered<T> = T extends unknown ? Omit<T, "id"> : never;

export type PipelineWorker = {
  request(message: Unnumbered<WorkerRequest>): Promise<WorkerResponse>;
};

function startWorker(): PipelineWorker {
  const worker = new Worker(new URL("./pipeline-worker.ts", import.meta.url), { type: "module" });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  worker.addEventListener("message", (event: MessageEvent<WorkerResponse>) => {
    pending.get(event.data.id)?.resolve(event.data);
    pending.delete(event.data.id);
  });
  worker.addEventListener("error", (event) => {
    const message = event.message || "the pipeline worker stopped";
    for (const [id, entry] of pending) entry.resolve({ type: "failure", id, message });
    pending.clear();
  });
  return {
    request(message) {
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, { resolve });
        const numbered: WorkerRequest = { ...message, id };
        worker.postMessage(numbered);
      });
    },
  };
}

function unwrap<T extends WorkerResponse["type"]>(
  response: WorkerResponse,
  type: T,
): Extract<WorkerResponse, { type: T }> {
  if (response.type === "failure") throw new Error(response.message);
  if (response.type !== type) throw new Error(`expected a ${type} answer, got ${response.type}`);
  return response as Extract<WorkerResponse, { type: T }>;
}

export type Pipeline = {
  preview(text: string, kind: DocumentKind): Promise<PreviewResult>;
  export(text: string, kind: DocumentKind, format: ExportFormat): Promise<ExportResult>;
};

export function createPipeline(): Pipeline {
  const previewWorker = startWorker();
  let exportWorker: PipelineWorker | undefined;
  return {
    async preview(text, kind) {
      return unwrap(await previewWorker.request({ type: "preview", text, kind }), "preview").result;
    },
    async export(text, kind, format) {
      exportWorker ??= startWorker();
      return unwrap(await exportWorker.request({ type: "export", text, kind, format }), "export")
        .result;
    },
  };
}

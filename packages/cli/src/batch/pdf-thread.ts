// The main thread's side of pdf-worker.ts: renders PDFs on a helper thread and
// turns a reply about missing glyphs back into MissingGlyphsError.
//
// A plain worker thread, not a piscina pool: a message posted to a worker is
// queued until the worker listens, so the model goes out the moment it exists.
// A pool hands a task only to a thread it has heard is ready, and it hears that
// on this thread's event loop, which a build keeps busy rendering the other
// formats: the PDF, the longest job, then started hundreds of milliseconds late.
import type { Worker } from "node:worker_threads";
import type { DocumentModel } from "@clausework/model";
import type { GlyphGap } from "@clausework/render-pdf";
import { startWorker } from "./worker-file.js";

export type PdfRequest = { readonly id: number; readonly doc: DocumentModel };

/** The PDF's bytes, the texts its fonts cannot draw, or what else went wrong. */
export type PdfReply = { readonly id: number } & (
  | { readonly bytes: Uint8Array }
  | { readonly gaps: readonly GlyphGap[] }
  | { readonly error: { readonly message: string; readonly stack?: string } }
);

export type PdfThread = {
  readonly render: (doc: DocumentModel) => Promise<Uint8Array>;
  readonly destroy: () => Promise<void>;
  /** Whether the thread has ended: destroyed, or crashed. */
  readonly stopped: () => boolean;
};

type Pending = {
  readonly resolve: (bytes: Uint8Array) => void;
  readonly reject: (error: unknown) => void;
};

async function settle(reply: PdfReply, pending: Pending): Promise<void> {
  if ("bytes" in reply) return pending.resolve(reply.bytes);
  if ("gaps" in reply) {
    // Loaded only now: the point of the thread is that this one never loads pdfmake.
    const { MissingGlyphsError } = await import("@clausework/render-pdf");
    return pending.reject(new MissingGlyphsError(reply.gaps));
  }
  const error = new Error(reply.error.message);
  if (reply.error.stack !== undefined) error.stack = reply.error.stack;
  pending.reject(error);
}

/** Starts the thread now, so it warms up while the caller validates and generates. */
export function startPdfThread(): PdfThread {
  const worker: Worker = startWorker("pdf-worker");
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let stopped: Error | undefined;
  // Only waiting work keeps the process alive: a thread nobody ended never hangs it.
  worker.unref();
  const stop = (error: Error): void => {
    stopped ??= error;
    for (const waiting of pending.values()) waiting.reject(stopped);
    pending.clear();
  };
  worker.on("message", (reply: PdfReply) => {
    const waiting = pending.get(reply.id);
    if (waiting === undefined) return;
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    // A failed import of the error class still rejects the caller, never the process.
    settle(reply, waiting).catch(waiting.reject);
  });
  worker.on("error", (error) => stop(error));
  worker.on("exit", (code) => stop(new Error(`the PDF thread stopped (exit code ${code})`)));
  return {
    render(doc) {
      if (stopped !== undefined) return Promise.reject(stopped);
      const id = nextId++;
      return new Promise<Uint8Array>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, doc } satisfies PdfRequest);
      });
    },
    async destroy() {
      stop(new Error("the PDF thread was ended"));
      await worker.terminate();
    },
    stopped: () => stopped !== undefined,
  };
}

/**
 * A PDF thread for a batch: when the thread dies (out of memory on one
 * document, say), the next document gets a new one, so a crash fails the tasks
 * it had in hand, as a pool's worker would, and not the rest of the batch.
 */
export function restartingPdfThread(first: PdfThread, start = startPdfThread): PdfThread {
  let current = first;
  let ended = false;
  return {
    render(doc) {
      if (!ended && current.stopped()) current = start();
      return current.render(doc);
    },
    async destroy() {
      ended = true;
      await current.destroy();
    },
    stopped: () => ended || current.stopped(),
  };
}

// The main thread's side of pdf-worker.ts: renders a PDF on the helper thread
// and turns a reply about missing glyphs back into MissingGlyphsError.
import type { DocumentModel } from "@clausework/model";
import { Piscina } from "piscina";
import type { PdfReply } from "./pdf-worker.js";
import { workerExecArgv, workerFile } from "./worker-file.js";

export type PdfThread = {
  readonly render: (doc: DocumentModel) => Promise<Uint8Array>;
  readonly destroy: () => Promise<void>;
};

/** Starts the thread now, so it warms up while the caller validates and generates. */
export function startPdfThread(): PdfThread {
  const pool = new Piscina<DocumentModel, PdfReply>({
    filename: workerFile("pdf-worker"),
    minThreads: 1,
    maxThreads: 1,
    // Without atomics an idle thread runs its event loop, so the warm-up finishes.
    atomics: "disabled",
    ...workerExecArgv(),
  });
  return {
    async render(doc) {
      const reply = await pool.run(doc);
      if (reply instanceof Uint8Array) return reply;
      // Loaded only now: the point of the thread is that this one never loads pdfmake.
      const { MissingGlyphsError } = await import("@clausework/render-pdf");
      throw new MissingGlyphsError(reply.gaps);
    },
    destroy: () => pool.destroy(),
  };
}

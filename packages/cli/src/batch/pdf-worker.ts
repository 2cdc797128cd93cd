// A thread that only renders PDFs, for a single build or a small batch on a
// machine with a core to spare (plan.ts): it loads pdfmake and parses the fonts
// while the main thread is still validating and generating, then renders the
// PDFs while the main thread renders the other formats. Until the first request
// comes it lays out the clause library's words (pdf-warm-up.ts). Requests are
// answered one at a time, in the order they came.
import { parentPort } from "node:worker_threads";
import { MissingGlyphsError, renderPdf } from "@clausework/render-pdf";
import type { PdfReply, PdfRequest } from "./pdf-thread.js";
import { warmUp } from "./pdf-warm-up.js";

const port = parentPort;
if (port === null) throw new Error("pdf-worker.ts runs as a worker thread only");

let workArrived = false;
let queue = warmUp(renderPdf, () => workArrived);

async function answer({ id, doc }: PdfRequest): Promise<PdfReply> {
  try {
    // Copied into a buffer of its own, so moving it moves nothing else.
    const bytes = (await renderPdf(doc)).slice();
    return { id, bytes };
  } catch (error) {
    // Errors lose their class and fields between threads; the gaps travel as data.
    if (error instanceof MissingGlyphsError) return { id, gaps: error.gaps };
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    return { id, error: stack === undefined ? { message } : { message, stack } };
  }
}

port.on("message", (request: PdfRequest) => {
  workArrived = true;
  queue = queue.then(async () => {
    const reply = await answer(request);
    port.postMessage(reply, "bytes" in reply ? [reply.bytes.buffer as ArrayBuffer] : []);
  });
});

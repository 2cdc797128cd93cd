// A thread that only renders PDFs, for a single build on a machine with a core
// to spare: it loads pdfmake and parses the fonts while the main thread is still
// validating and generating, then renders the PDFs while the main thread renders
// the other formats. The module warms up when the thread starts (piscina loads
// it before the first task), so that cost is off the critical path; until the
// first task comes it lays out the clause library's words (pdf-warm-up.ts).

import type { DocumentModel } from "@clausework/model";
import { MissingGlyphsError, renderPdf, type GlyphGap } from "@clausework/render-pdf";
import { move } from "piscina";
import { warmUpDocuments } from "./pdf-warm-up.js";

/** The PDF's bytes, or the texts its fonts cannot draw. */
export type PdfReply = Uint8Array | { readonly gaps: readonly GlyphGap[] };

// Not a top-level await: under tsx, piscina loads worker modules through
// require(), which cannot load a module that awaits at the top.
let workArrived = false;
const warm = (async () => {
  for (const doc of warmUpDocuments()) {
    // Each warm-up document is small, so real work waits at most for one of them.
    if (workArrived) return;
    await renderPdf(doc).catch(() => undefined);
  }
})();

export default async function renderPdfInThread(doc: DocumentModel): Promise<unknown> {
  workArrived = true;
  await warm;
  try {
    const bytes = await renderPdf(doc);
    // Copied into a buffer of its own, so moving it moves nothing else.
    return move(bytes.slice());
  } catch (error) {
    // Errors lose their class and fields between threads; the gaps travel as data.
    if (error instanceof MissingGlyphsError) return { gaps: error.gaps } satisfies PdfReply;
    throw error;
  }
}

// The PDF tab: the real PDF bytes drawn page by page with pdf.js, so the user
// sees exactly what they will send. pdf.js is large: it loads on first use.
import type * as PdfJsModule from "pdfjs-dist";
import type { PDFDocumentProxy } from "pdfjs-dist";

type PdfJs = typeof PdfJsModule;

let pdfjs: Promise<PdfJs> | undefined;

async function loadPdfJs(): Promise<PdfJs> {
  const [library, worker] = await Promise.all([
    import("pdfjs-dist"),
    import("pdfjs-dist/build/pdf.worker.min.mjs?url"),
  ]);
  library.GlobalWorkerOptions.workerSrc = worker.default;
  return library;
}

async function drawPage(
  document: PDFDocumentProxy,
  number: number,
  width: number,
): Promise<HTMLCanvasElement> {
  const page = await document.getPage(number);
  const unscaled = page.getViewport({ scale: 1 });
  const ratio = globalThis.devicePixelRatio || 1;
  const viewport = page.getViewport({ scale: (width / unscaled.width) * ratio });
  const canvas = globalThis.document.createElement("canvas");
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
  canvas.setAttribute("aria-label", `Page ${number} of ${document.numPages}`);
  canvas.setAttribute("role", "img");
  await page.render({ canvas, viewport }).promise;
  page.cleanup();
  return canvas;
}

/** Draws every page of `bytes` into `container`, replacing what was there once all are drawn. */
export async function showPdf(container: HTMLElement, bytes: Uint8Array): Promise<number> {
  const library = await (pdfjs ??= loadPdfJs());
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = library.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 });
  const document = await task.promise;
  try {
    const width = Math.min(Math.max(container.clientWidth - 32, 320), 900);
    const pages: HTMLCanvasElement[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      pages.push(await drawPage(document, number, width));
    }
    container.replaceChildren(...pages);
    container.dataset["pages"] = String(document.numPages);
    return document.numPages;
  } finally {
    await document.destroy();
  }
}

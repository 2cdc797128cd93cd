// Output formats to renderers, for the main thread: renderers load on first
// use, so a Markdown build never pays for pdfmake and its fonts, and a build
// whose PDFs render on a helper thread never loads them here. Worker threads use
// render-eager.ts instead: they need every renderer, and under tsx (tests,
// development) a worker thread cannot import TypeScript dynamically.
import type { DocumentModel } from "@clausework/model";
import type { Format } from "./formats.js";

const encoder = new TextEncoder();

const renderers: Readonly<Record<Format, (doc: DocumentModel) => Promise<Uint8Array>>> = {
  pdf: async (doc) => (await import("@clausework/render-pdf")).renderPdf(doc),
  docx: async (doc) => (await import("@clausework/render-docx")).renderDocx(doc),
  html: async (doc) => {
    const { renderHtml } = await import("@clausework/render-html");
    return encoder.encode(renderHtml(doc, { standalone: true }));
  },
  md: async (doc) =>
    encoder.encode((await import("@clausework/render-markdown")).renderMarkdown(doc)),
};

export function renderFormat(doc: DocumentModel, format: Format): Promise<Uint8Array> {
  return renderers[format](doc);
}

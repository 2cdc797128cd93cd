// Output formats to renderers, loaded up front: for worker threads, which render
// every format anyway (see render-lazy.ts for the main thread). Every result
// comes back as bytes, so writing, hashing and zipping treat them alike.
import type { DocumentModel } from "@clausework/model";
import { renderDocx } from "@clausework/render-docx";
import { renderHtml } from "@clausework/render-html";
import { renderMarkdown } from "@clausework/render-markdown";
import { renderPdf } from "@clausework/render-pdf";
import type { Format } from "./formats.js";

const encoder = new TextEncoder();

const renderers: Readonly<Record<Format, (doc: DocumentModel) => Promise<Uint8Array>>> = {
  pdf: (doc) => renderPdf(doc),
  docx: (doc) => renderDocx(doc),
  html: (doc) => Promise.resolve(encoder.encode(renderHtml(doc, { standalone: true }))),
  md: (doc) => Promise.resolve(encoder.encode(renderMarkdown(doc))),
};

export function renderFormat(doc: DocumentModel, format: Format): Promise<Uint8Array> {
  return renderers[format](doc);
}

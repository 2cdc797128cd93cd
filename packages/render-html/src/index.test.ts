import { readFileSync, writeFileSync } from "node:fs";
import { paragraph, sampleDocument, text, UnknownNodeError } from "@clausework/model";
import type { Block, DocumentModel, Inline } from "@clausework/model";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, renderHtml } from "./index.js";
import { documentOf } from "./test-render.js";

const goldenPath = new URL("../test/goldens/sample.html", import.meta.url);

describe("renderHtml", () => {
  it("renders the sample document as in the reviewed golden", () => {
    const html = renderHtml(sampleDocument);
    if (process.env.UPDATE_GOLDENS === "1") writeFileSync(goldenPath, html);
    expect(html).toBe(readFileSync(goldenPath, "utf8"));
  });

  it("gives the same bytes on every call", () => {
    expect(renderHtml(sampleDocument)).toBe(renderHtml(structuredClone(sampleDocument)));
  });

  it("emits a standalone page with language, charset, title and the content policy", () => {
    const html = renderHtml(sampleDocument);
    expect(
      html.startsWith('<!doctype html>\n<html lang="en-GB">\n  <head>\n    <meta charset="utf-8">'),
    ).toBe(true);
    expect(contentSecurityPolicy).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    );
    expect(html).toContain(
      '<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:">',
    );
    expect(html).toContain("<title>Services Agreement</title>");
    expect(html.endsWith("</html>\n")).toBe(true);
  });

  it("returns only the <article> when standalone is false", () => {
    const html = renderHtml(sampleDocument, { standalone: false });
    expect(
      html.startsWith('<article class="document document-contract" lang="en-GB" dir="ltr">'),
    ).toBe(true);
    expect(html.endsWith("</article>\n")).toBe(true);
    expect(html).not.toContain("<style");
  });

  it("puts a one-line title in the browser title even if the model title has a line break", () => {
    const doc: DocumentModel = {
      ...documentOf([]),
      meta: { ...documentOf([]).meta, title: "A\r\nB" },
    };
    expect(renderHtml(doc)).toContain("<title>A B</title>");
  });

  it("throws UnknownNodeError for a block type it has no handler for", () => {
    const unknown = { type: "video", src: "x" } as unknown as Block;
    expect(() => renderHtml(documentOf([unknown]))).toThrow(UnknownNodeError);
    expect(() => renderHtml(documentOf([unknown]))).toThrow(/render-html: .*"video"/);
  });

  it("throws UnknownNodeError for an inline type, even one named like an Object method", () => {
    const unknown = { type: "constructor" } as unknown as Inline;
    expect(() => renderHtml(documentOf([paragraph(...text("a"), unknown)]))).toThrow(
      UnknownNodeError,
    );
  });

  it("throws UnknownNodeError when the root is not a document", () => {
    const root = { ...documentOf([]), type: "page" } as unknown as DocumentModel;
    expect(() => renderHtml(root)).toThrow(UnknownNodeError);
  });
});

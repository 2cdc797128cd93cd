import { readFileSync, writeFileSync } from "node:fs";
import { paragraph, sampleDocument, text, UnknownNodeError } from "@clausework/model";
import type { Block, DocumentModel, Inline } from "@clausework/model";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./index.js";
import { documentOf } from "./test-render.js";

const goldenPath = new URL("../test/goldens/sample.md", import.meta.url);

describe("renderMarkdown", () => {
  it("renders the sample document as in the reviewed golden", () => {
    const markdown = renderMarkdown(sampleDocument);
    if (process.env.UPDATE_GOLDENS === "1") writeFileSync(goldenPath, markdown);
    expect(markdown).toBe(readFileSync(goldenPath, "utf8"));
  });

  it("gives the same text on every call and ends with exactly one line feed", () => {
    const markdown = renderMarkdown(sampleDocument);
    expect(renderMarkdown(structuredClone(sampleDocument))).toBe(markdown);
    expect(markdown.endsWith("\n")).toBe(true);
    expect(markdown.endsWith("\n\n")).toBe(false);
  });

  it("starts with the title and the subtitle in italics", () => {
    expect(
      renderMarkdown(sampleDocument).startsWith(
        "# Services Agreement\n\n*Weekly blog posts for Acme & Sons*\n\n",
      ),
    ).toBe(true);
  });

  it("throws UnknownNodeError for a block type it has no handler for", () => {
    const unknown = { type: "video", src: "x" } as unknown as Block;
    expect(() => renderMarkdown(documentOf([unknown]))).toThrow(UnknownNodeError);
    expect(() => renderMarkdown(documentOf([unknown]))).toThrow(/render-markdown: .*"video"/);
  });

  it("throws UnknownNodeError for an inline type, even one named like an Object method", () => {
    const unknown = { type: "constructor" } as unknown as Inline;
    expect(() => renderMarkdown(documentOf([paragraph(...text("a"), unknown)]))).toThrow(
      UnknownNodeError,
    );
  });

  it("throws UnknownNodeError when the root is not a document", () => {
    const root = { ...documentOf([]), type: "page" } as unknown as DocumentModel;
    expect(() => renderMarkdown(root)).toThrow(UnknownNodeError);
  });
});

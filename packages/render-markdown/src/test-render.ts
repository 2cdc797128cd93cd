// Test helpers (not built): render blocks through the public entry point, and parse
// Markdown back the way remark and GitHub do (CommonMark + GFM).
import type { Block, DocumentModel } from "@clausework/model";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import type { Root } from "mdast";
import { gfm } from "micromark-extension-gfm";
import { renderMarkdown } from "./index.js";

export function documentOf(children: readonly Block[]): DocumentModel {
  return {
    type: "document",
    kind: "contract",
    meta: {
      id: "test",
      title: "T",
      subject: "S",
      author: "A",
      parties: [],
      issuedOn: "2027-01-01",
      language: "en",
      pageSize: "A4",
    },
    children,
  };
}

/** The Markdown of the blocks alone (without the "# T" title line), no final line feed. */
export function renderBlocks(...children: Block[]): string {
  return renderMarkdown(documentOf(children)).slice("# T\n\n".length).replace(/\n$/, "");
}

export const parseMarkdown = (markdown: string): Root =>
  fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

// Test helper (not built): renders blocks through the public entry point and returns
// only the HTML of those blocks, so handler tests see exactly what users get.
import type { Block, DocumentModel } from "@clausework/model";
import { renderHtml } from "./index.js";

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

/** The blocks' HTML, dedented to column 0, one line per block element. */
export function renderBlocks(...children: Block[]): string {
  const lines = renderHtml(documentOf(children), { standalone: false }).split("\n");
  const start = lines.indexOf("  </header>") + 1;
  const end = lines.lastIndexOf("</article>");
  return lines
    .slice(start, end)
    .map((line) => line.slice(2))
    .join("\n");
}

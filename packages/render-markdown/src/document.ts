import { emphasis, text } from "@clausework/model";
import type { DocumentModel } from "@clausework/model";
import { joinBlocks } from "./lines.js";
import type { RenderContext } from "./types.js";

/** Title as `#`, the subtitle in italics, then the blocks; one final line feed. */
export function renderDocument(doc: DocumentModel, context: RenderContext): string {
  const { meta } = doc;
  const title =
    `# ${context.inlines(text(meta.title), "heading", { lineStart: true, lineEnd: true })}`.trimEnd();
  const subtitle =
    meta.subtitle === undefined
      ? ""
      : context.inlines([emphasis(...text(meta.subtitle))], "flow", {
          lineStart: true,
          lineEnd: true,
        });
  return `${joinBlocks([title, subtitle, ...context.blocks(doc.children, 0)])}\n`;
}

// A notice is a block quote whose first line is its title in bold. Markdown has no
// tones, so info, warning and legal notices look alike.
import { strong, text } from "@clausework/model";
import type { Notice } from "@clausework/model";
import { joinBlocks, prefixLines } from "./lines.js";
import type { BlockHandler } from "./types.js";

export const renderNotice: BlockHandler<Notice> = (node, context) => {
  const title =
    node.title === undefined
      ? ""
      : context.inlines([strong(...text(node.title))], "flow", { lineStart: true, lineEnd: true });
  const body = joinBlocks([title, ...context.blocks(node.children, context.depth)]);
  return body === "" ? "" : prefixLines(body, "> ", "> ", ">");
};

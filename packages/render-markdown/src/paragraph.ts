import type { Paragraph } from "@clausework/model";
import type { BlockHandler } from "./types.js";

export const renderParagraph: BlockHandler<Paragraph> = (node, context) =>
  context.inlines(node.children, "flow", { lineStart: true, lineEnd: true });

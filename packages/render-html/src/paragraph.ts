import type { Paragraph } from "@clausework/model";
import { element } from "./html-tree.js";
import { inlineDirection } from "./plain.js";
import type { BlockHandler } from "./types.js";

export const renderParagraph: BlockHandler<Paragraph> = (node, context) => {
  const children = context.inlines(node.children);
  return element("p", inlineDirection(node.children), children);
};

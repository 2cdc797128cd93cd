import type { Paragraph } from "@clausework/model";
import { element } from "./html-tree.js";
import { autoDirection } from "./plain.js";
import type { BlockHandler } from "./types.js";

export const renderParagraph: BlockHandler<Paragraph> = (node, context) =>
  element("p", autoDirection, context.inlines(node.children));

import type { Paragraph } from "@clausework/model";
import type { BlockHandler } from "../context.js";
import { inlineParagraph } from "../paragraphs.js";

export const renderParagraph: BlockHandler<Paragraph> = (node) => [inlineParagraph(node.children)];

import type { Paragraph } from "@clausework/model";
import type { BlockHandler } from "../context.js";
import { inlineText } from "../inlines.js";
import { styleNames } from "../styles.js";

export const renderParagraph: BlockHandler<Paragraph> = (node) => [
  { text: inlineText(node.children), style: styleNames.paragraph },
];

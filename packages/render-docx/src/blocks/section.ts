import type { Section } from "@clausework/model";
import type { BlockHandler } from "../context.js";
import { textParagraph } from "../paragraphs.js";
import { headingStyle } from "../style-ids.js";

/** "3" reads "3. Cost"; "3.2" reads "3.2 Sub", as contracts number them. */
export function headingText(node: Section): string {
  if (node.number === undefined) return node.title;
  const label = node.number.includes(".") ? node.number : `${node.number}.`;
  return `${label} ${node.title}`;
}

export const renderSection: BlockHandler<Section> = (node, context) => {
  const depth = context.sectionDepth + 1;
  return [
    textParagraph(headingText(node), { style: headingStyle(depth) }),
    ...context.render(node.children, { ...context, sectionDepth: depth }),
  ];
};

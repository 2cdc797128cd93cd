import type { Content, ContentText } from "pdfmake/interfaces.js";
import type { Section } from "@clausework/model";
import type { BlockHandler, RenderContext } from "../context.js";
import { plainText } from "../inlines.js";
import { headingStyle } from "../styles.js";
import { headingHeight } from "../height-bound.js";
import { isSmall } from "./keep-together.js";
import { startsWithPageBreak } from "./page-break.js";

/** "3" reads "3. Cost"; "3.2" reads "3.2 Sub", as contracts number them. */
export function headingText(node: Section): string {
  if (node.number === undefined) return node.title;
  const label = node.number.includes(".") ? node.number : `${node.number}.`;
  return `${label} ${node.title}`;
}

// pdfmake reads `id` on any node (bookmark parents, page references); the
// type declarations only allow it on anchors, whose text cannot be mixed runs.
type HeadingNode = ContentText & { readonly id: string };

/** The heading, also a PDF bookmark nested under the enclosing section's. */
function heading(node: Section, depth: number, id: string, context: RenderContext): HeadingNode {
  const label = headingText(node);
  return {
    text: plainText(label),
    style: headingStyle(depth),
    headlineLevel: depth,
    id,
    outline: true,
    outlineText: label,
    ...(context.parentOutlineId === undefined ? {} : { outlineParentId: context.parentOutlineId }),
  };
}

export const renderSection: BlockHandler<Section> = (node, context) => {
  const depth = context.depth + 1;
  const id = context.nextOutlineId();
  const title = heading(node, depth, id, context);
  const body = context.blocks(node.children, { ...context, depth, parentOutlineId: id });
  const [first, ...rest] = body;
  const firstBlock = node.children[0];
  if (first === undefined || firstBlock === undefined) return [title];
  const above = headingHeight(headingText(node), context.width);
  if (!isSmall(firstBlock, context, above) || startsWithPageBreak(first)) return [title, ...body];
  const kept: Content = { stack: [title, first], unbreakable: true };
  return [kept, ...rest];
};

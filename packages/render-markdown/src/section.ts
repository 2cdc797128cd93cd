import { text } from "@clausework/model";
import type { Section } from "@clausework/model";
import { escapeText, midLine } from "./escape.js";
import { joinBlocks } from "./lines.js";
import type { BlockHandler } from "./types.js";

/** The title is `#`; sections start at `##` and stop at `######`. */
export const headingMarker = (depth: number): string => "#".repeat(Math.min(depth + 1, 6));

/** "3" reads "3." before a title; "3.2" already has its dot and stays as it is. */
export const sectionNumberText = (number: string): string =>
  number.includes(".") ? number : `${number}.`;

export const renderSection: BlockHandler<Section> = (node, context) => {
  const depth = context.depth + 1;
  // After "## " the number is mid-line, so "3." cannot start a list.
  const number =
    node.number === undefined ? "" : `${escapeText(sectionNumberText(node.number), midLine)} `;
  const title = context.inlines(text(node.title), "heading", {
    lineStart: number === "",
    lineEnd: true,
  });
  const heading = `${headingMarker(depth)} ${number}${title}`.trimEnd();
  return joinBlocks([heading, ...context.blocks(node.children, depth)]);
};

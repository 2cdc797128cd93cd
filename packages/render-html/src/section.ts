import type { Section } from "@clausework/model";
import { element, htmlText } from "./html-tree.js";
import type { HtmlNode, Tag } from "./html-tree.js";
import { direction, plain } from "./plain.js";
import type { BlockHandler } from "./types.js";

/** The document title is the only <h1>; sections start at <h2> and stop at <h4>. */
export function headingTag(depth: number): Tag {
  if (depth <= 1) return "h2";
  return depth === 2 ? "h3" : "h4";
}

/** "3" reads "3." before a title; "3.2" already has its dot and stays as it is. */
export const sectionNumberText = (number: string): string =>
  number.includes(".") ? number : `${number}.`;

export const renderSection: BlockHandler<Section> = (node, context) => {
  const depth = context.depth + 1;
  const title = plain(node.title, context);
  const numbered: HtmlNode[] =
    node.number === undefined
      ? title
      : [
          element("span", { class: "section-number" }, [htmlText(sectionNumberText(node.number))]),
          htmlText(" "),
          ...title,
        ];
  return element("section", { id: node.id }, [
    element(headingTag(depth), direction(node.title), numbered),
    ...context.blocks(node.children, depth),
  ]);
};

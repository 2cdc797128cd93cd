import type { List, ListItem } from "@clausework/model";
import { prefixLines } from "./lines.js";
import type { BlockHandler, RenderContext } from "./types.js";

/**
 * An item's blocks: a list right after the item's text stays on the next line so
 * the list stays tight; other blocks are separated by a blank line.
 */
function itemContent(item: ListItem, context: RenderContext): string {
  const rendered = context.blocks(item.children, context.depth);
  let content = "";
  let previous: string | undefined;
  rendered.forEach((block, index) => {
    if (block === "") return;
    const type = item.children[index]?.type;
    const tight = type === "list" && previous === "paragraph";
    content = previous === undefined ? block : `${content}${tight ? "\n" : "\n\n"}${block}`;
    previous = type;
  });
  return content;
}

export const renderList: BlockHandler<List> = (node, context) => {
  const bullet = context.alternateMarker ? "*" : "-";
  const delimiter = context.alternateMarker ? ")" : ".";
  return node.items
    .map((item, index) => {
      const marker = node.ordered ? `${index + 1}${delimiter}` : bullet;
      const content = itemContent(item, context);
      if (content === "") return marker;
      return prefixLines(content, `${marker} `, " ".repeat(marker.length + 1));
    })
    .join("\n");
};

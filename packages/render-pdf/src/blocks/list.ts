import type { Content } from "pdfmake/interfaces.js";
import { isRightToLeftListItem, type List, type ListItem } from "@clausework/model";
import { theme } from "@clausework/theme";
import { markRightToLeftItem } from "../bidi-layout.js";
import type { BlockHandler, RenderContext } from "../context.js";

function item(entry: ListItem, context: RenderContext): Content {
  const blocks = context.blocks(entry.children, {
    ...context,
    width: context.width - theme.spacing.listIndent,
  });
  // pdfmake needs something to hang the marker on, even for an empty item.
  if (blocks.length === 0) return { text: "" };
  // One right-to-left paragraph: its marker goes on the right, as in HTML and Word.
  return isRightToLeftListItem(entry) ? markRightToLeftItem(blocks) : { stack: blocks };
}

export const renderList: BlockHandler<List> = (node, context) => {
  const items = node.items.map((entry) => item(entry, context));
  return [node.ordered ? { ol: items } : { ul: items }];
};

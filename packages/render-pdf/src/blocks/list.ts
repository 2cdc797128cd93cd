import type { Content } from "pdfmake/interfaces.js";
import type { List } from "@clausework/model";
import { theme } from "@clausework/theme";
import type { BlockHandler, RenderContext } from "../context.js";

function item(children: List["items"][number]["children"], context: RenderContext): Content {
  const blocks = context.blocks(children, {
    ...context,
    width: context.width - theme.spacing.listIndent,
  });
  // pdfmake needs something to hang the marker on, even for an empty item.
  return blocks.length === 0 ? { text: "" } : { stack: blocks };
}

export const renderList: BlockHandler<List> = (node, context) => {
  const items = node.items.map((entry) => item(entry.children, context));
  return [node.ordered ? { ol: items } : { ul: items }];
};

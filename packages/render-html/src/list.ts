import { isRightToLeftListItem, type List, type ListItem } from "@clausework/model";
import { element } from "./html-tree.js";
import type { HtmlElement } from "./html-tree.js";
import type { BlockHandler, RenderContext } from "./types.js";

/** An item that is one paragraph prints its text straight in the <li>, like a tight list. */
function renderItem(item: ListItem, context: RenderContext): HtmlElement {
  const [only] = item.children;
  if (item.children.length === 1 && only?.type === "paragraph") {
    // Rendered first, so an unknown inline fails here, named by this renderer.
    const children = context.inlines(only.children);
    return element("li", isRightToLeftListItem(item) ? { dir: "rtl" } : {}, children);
  }
  return element("li", {}, context.blocks(item.children, context.depth));
}

export const renderList: BlockHandler<List> = (node, context) =>
  element(
    node.ordered ? "ol" : "ul",
    {},
    node.items.map((item) => renderItem(item, context)),
  );

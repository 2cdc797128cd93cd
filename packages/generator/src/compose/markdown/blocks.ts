// Clause blocks → model blocks. Headings and HTML (block markers) shape the
// structure and are handled in clause-blocks.ts; inside lists they are an error.
import type { ClauseBlock } from "@clausework/clauses";
import type { Block } from "@clausework/model";
import { ComposeError } from "../errors.js";
import { mapInlines } from "./inlines.js";

export function mapBlock(node: ClauseBlock, where: string): Block[] {
  switch (node.type) {
    case "paragraph": {
      const children = mapInlines(node.children);
      return children.length === 0 ? [] : [{ type: "paragraph", children }];
    }
    case "list": {
      const items = node.items
        .map((item) => ({ children: mapBlocks(item, where) }))
        .filter((item) => item.children.length > 0);
      return items.length === 0 ? [] : [{ type: "list", ordered: node.ordered, items }];
    }
    case "thematicBreak":
      return [{ type: "pageBreak" }];
    default:
      throw new ComposeError(
        "MARKDOWN_UNSUPPORTED",
        `${where}: Markdown ${node.type} is not supported here`,
      );
  }
}

export function mapBlocks(nodes: readonly ClauseBlock[], where: string): Block[] {
  return nodes.flatMap((node) => mapBlock(node, where));
}

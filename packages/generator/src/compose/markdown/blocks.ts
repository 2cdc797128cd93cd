// mdast flow content → model blocks: one handler per mdast node type. Headings and
// HTML (block markers) shape the structure and are handled in clause-blocks.ts;
// here they, and every other type, are a loud error.
import type { Block } from "@clausework/model";
import type { RootContent } from "mdast";
import { ComposeError } from "../errors.js";
import { mapInlines } from "./inlines.js";

type Handler<T extends RootContent["type"]> = (
  node: Extract<RootContent, { type: T }>,
  where: string,
) => Block[];

const handlers: { readonly [T in RootContent["type"]]?: Handler<T> } = {
  paragraph: (node, where) => {
    const children = mapInlines(node.children, where);
    return children.length === 0 ? [] : [{ type: "paragraph", children }];
  },
  list: (node, where) => {
    const items = node.children
      .map((item) => ({ children: mapBlocks(item.children, where) }))
      .filter((item) => item.children.length > 0);
    return items.length === 0 ? [] : [{ type: "list", ordered: node.ordered === true, items }];
  },
  thematicBreak: () => [{ type: "pageBreak" }],
};

export function mapBlock(node: RootContent, where: string): Block[] {
  const handler = handlers[node.type] as Handler<typeof node.type> | undefined;
  if (handler === undefined) {
    throw new ComposeError(
      "MARKDOWN_UNSUPPORTED",
      `${where}: Markdown ${node.type} is not supported here`,
    );
  }
  return handler(node as never, where);
}

export function mapBlocks(nodes: readonly RootContent[], where: string): Block[] {
  return nodes.flatMap((node) => mapBlock(node, where));
}

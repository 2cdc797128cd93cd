// mdast phrasing content → model inlines: one handler per mdast node type, and a
// loud error for any other (clauses are plain prose: no images, code or HTML).
import type { Inline } from "@clausework/model";
import type { PhrasingContent } from "mdast";
import { ComposeError } from "../errors.js";

type Handler<T extends PhrasingContent["type"]> = (
  node: Extract<PhrasingContent, { type: T }>,
  where: string,
) => Inline[];

/** Links go only to https: and mailto:; anything else keeps its text and loses the link. */
export function isAllowedUrl(url: string): boolean {
  return /^https:\/\/[^\s]+$/i.test(url) || /^mailto:[^\s]+$/i.test(url);
}

const handlers: { readonly [T in PhrasingContent["type"]]?: Handler<T> } = {
  // A line feed inside mdast text is a soft break of the template source: a space.
  // Line breaks of user values are hard breaks (escape.ts), so none is lost here.
  text: (node) =>
    node.value === "" ? [] : [{ type: "text", value: node.value.replace(/\n/g, " ") }],
  break: () => [{ type: "break" }],
  emphasis: (node, where) => [{ type: "emphasis", children: mapInlines(node.children, where) }],
  strong: (node, where) => [{ type: "strong", children: mapInlines(node.children, where) }],
  link: (node, where) => {
    const children = mapInlines(node.children, where);
    return isAllowedUrl(node.url) ? [{ type: "link", url: node.url, children }] : children;
  },
};

function mapInline(node: PhrasingContent, where: string): Inline[] {
  const handler = handlers[node.type] as Handler<typeof node.type> | undefined;
  if (handler === undefined) {
    throw new ComposeError(
      "MARKDOWN_UNSUPPORTED",
      `${where}: Markdown ${node.type} is not supported in clauses`,
    );
  }
  return handler(node as never, where);
}

export function mapInlines(nodes: readonly PhrasingContent[], where: string): Inline[] {
  return nodes.flatMap((node) => mapInline(node, where));
}

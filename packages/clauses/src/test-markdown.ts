// Test support: Markdown read back the way compose reads it (CommonMark, no extensions).
import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";

export function parse(markdown: string): Root {
  return fromMarkdown(markdown);
}

/** Every node type in the tree, depth first. */
export function nodeTypes(node: Nodes): string[] {
  const children = "children" in node ? node.children.flatMap((child) => nodeTypes(child)) : [];
  return [node.type, ...children];
}

/** The visible text: text values, with hard breaks as line feeds. */
export function visibleText(node: Nodes): string {
  if (node.type === "text") return node.value;
  if (node.type === "break") return "\n";
  if ("children" in node) return node.children.map((child) => visibleText(child)).join("");
  return "";
}

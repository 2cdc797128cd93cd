// Pretty, deterministic HTML: one block element per line, indented by two spaces;
// an element whose content is inline prints on one line. Whitespace is only ever
// added between block elements (where HTML ignores it) or after a <br>.
import { escapeHtml } from "./escape.js";
import type { HtmlElement, HtmlNode, Tag } from "./html-tree.js";

const voidTags: ReadonlySet<Tag> = new Set<Tag>(["meta", "br", "col"]);
const inlineTags: ReadonlySet<Tag> = new Set<Tag>([
  "a",
  "strong",
  "em",
  "br",
  "span",
  "time",
  "bdi",
]);
const step = "  ";

const isInline = (node: HtmlNode): boolean =>
  node.kind === "text" || (node.kind === "element" && inlineTags.has(node.tag));

function openTag(node: HtmlElement): string {
  const attributes = Object.entries(node.attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join("");
  return `<${node.tag}${attributes}>`;
}

/** Inline content on one line; a <br> continues on a new line so text keeps a word gap. */
function serializeInline(nodes: readonly HtmlNode[], continuation: string): string {
  return nodes
    .map((node) => {
      if (node.kind === "text") return escapeHtml(node.value);
      if (node.kind === "css") throw new Error("render-html: a stylesheet cannot be inline");
      if (node.tag === "br") return `<br>\n${continuation}`;
      return `${openTag(node)}${serializeInline(node.children, continuation)}</${node.tag}>`;
    })
    .join("");
}

function serializeCss(value: string, indent: string): string[] {
  // The stylesheet comes from the theme; refuse anything that could end the element.
  if (value.includes("<")) throw new Error("render-html: stylesheet must not contain '<'");
  return value.split("\n").map((line) => (line === "" ? "" : indent + line));
}

function serializeChildren(children: readonly HtmlNode[], indent: string): string[] {
  const lines: string[] = [];
  let run: HtmlNode[] = [];
  const flushInline = (): void => {
    if (run.length > 0) lines.push(indent + serializeInline(run, indent));
    run = [];
  };
  for (const child of children) {
    if (isInline(child)) {
      run.push(child);
      continue;
    }
    flushInline();
    if (child.kind === "css") lines.push(...serializeCss(child.value, indent));
    else if (child.kind === "element") lines.push(...serializeBlock(child, indent));
  }
  flushInline();
  return lines;
}

function serializeBlock(node: HtmlElement, indent: string): string[] {
  const open = openTag(node);
  if (voidTags.has(node.tag)) return [indent + open];
  const close = `</${node.tag}>`;
  if (node.children.every(isInline)) {
    return [indent + open + serializeInline(node.children, indent + step) + close];
  }
  return [indent + open, ...serializeChildren(node.children, indent + step), indent + close];
}

/** The element and everything in it as pretty HTML lines joined by line feeds. */
export function serializeHtml(node: HtmlElement): string {
  return serializeBlock(node, "").join("\n");
}

// User text full of Markdown syntax, rendered and parsed back with CommonMark + GFM
// (mdast-util-from-markdown, as remark and GitHub-like renderers do): every place
// shows the text as typed, and the only structure is the structure of the model.
import type { Nodes, Root } from "mdast";
import { describe, expect, it } from "vitest";
import { separator } from "../src/autolink-guard.js";
import { renderMarkdown } from "../src/index.js";
import { parseMarkdown } from "../src/test-render.js";
import { expectedTexts, hostileDocument, hostileValues } from "./hostile.js";

/** Plain text of inline content; anything unexpected shows as ⟨type⟩ so the test fails. */
function inlineText(node: Nodes): string {
  switch (node.type) {
    case "text":
      return node.value;
    case "break":
      return "\n";
    case "html":
      return node.value === separator ? "" : `⟨html ${node.value}⟩`;
    case "strong":
    case "emphasis":
    case "link":
      return node.children.map(inlineText).join("");
    default:
      return `⟨${node.type}⟩`;
  }
}

function leafTexts(node: Nodes): string[] {
  if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell") {
    return [node.children.map(inlineText).join("")];
  }
  return "children" in node ? (node.children as Nodes[]).flatMap(leafTexts) : [];
}

function countTypes(node: Nodes, counts: Map<string, number> = new Map()): Map<string, number> {
  counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
  if ("children" in node) for (const child of node.children as Nodes[]) countTypes(child, counts);
  return counts;
}

const structure = {
  heading: 2,
  link: 1,
  emphasis: 1,
  strong: 4,
  list: 1,
  blockquote: 1,
  table: 2,
  paragraph: 12,
  tableCell: 10,
};
const allowed = new Set([
  ...Object.keys(structure),
  "root",
  "text",
  "break",
  "html",
  "listItem",
  "tableRow",
]);

describe.each(hostileValues)("hostile text %j", (value) => {
  const markdown = renderMarkdown(hostileDocument(value));
  const tree: Root = parseMarkdown(markdown);

  it("prints the text literally in every place", () => {
    expect(leafTexts(tree)).toEqual(expectedTexts(value));
  });

  it("creates only the model's structure: no heading, link, image, code or emphasis from text", () => {
    const counts = countTypes(tree);
    expect([...counts.keys()].filter((type) => !allowed.has(type))).toEqual([]);
    for (const [type, count] of Object.entries(structure))
      expect([type, counts.get(type)]).toEqual([type, count]);
  });

  it("links only the https: link of the model", () => {
    const links: string[] = [];
    const visit = (node: Nodes): void => {
      if (node.type === "link") links.push(node.url);
      if ("children" in node) (node.children as Nodes[]).forEach(visit);
    };
    visit(tree);
    expect(links).toHaveLength(1);
    expect(links[0]?.startsWith("https://example.com/")).toBe(true);
  });
});

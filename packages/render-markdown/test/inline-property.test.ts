// Property test: random inline content with Markdown syntax in it renders to
// Markdown that parses back (CommonMark + GFM) to the same characters with the
// same bold, italic and link marks: no syntax from text, no lost emphasis.
import { list, paragraph, section } from "@clausework/model";
import type { Inline } from "@clausework/model";
import type { Nodes } from "mdast";
import { describe, expect, it } from "vitest";
import { renderBlocks, parseMarkdown } from "../src/test-render.js";
import { modelMarks, parsedMarks } from "./marks.js";
import { randomInlines, randomSource, randomText } from "./random-inlines.js";

/** More cases for a deeper local run: PROPERTY_CASES=20000 npx vitest run --testTimeout=600000 */
const cases = Number(process.env.PROPERTY_CASES ?? 600);

/** Line breaks that end a paragraph show nothing (Markdown cannot always write them). */
function withoutFinalBreaks(marks: string[]): string[] {
  while (marks.at(-1) === "\n") marks.pop();
  return marks;
}

const expectedFlow = (inlines: readonly Inline[]): string[] =>
  withoutFinalBreaks(modelMarks(inlines));

function firstOf(tree: Nodes, type: string): Nodes {
  if (tree.type === type) return tree;
  const children = "children" in tree ? (tree.children as Nodes[]) : [];
  for (const child of children) {
    const found = firstOf(child, type);
    if (found.type === type) return found;
  }
  return tree;
}

describe("random inline content", () => {
  it(`round-trips in a paragraph (${cases} cases)`, () => {
    const random = randomSource(1);
    for (let index = 0; index < cases; index += 1) {
      const inlines = randomInlines(random);
      const markdown = renderBlocks(paragraph(...inlines));
      const tree = parseMarkdown(markdown);
      const parsed =
        tree.children.length === 0
          ? []
          : withoutFinalBreaks(parsedMarks(firstOf(tree, "paragraph")));
      expect({ markdown, marks: parsed }).toEqual({ markdown, marks: expectedFlow(inlines) });
      expect(tree.children.length).toBeLessThanOrEqual(1);
    }
  });

  it(`round-trips in a nested list item (${cases} cases)`, () => {
    const random = randomSource(2);
    for (let index = 0; index < cases; index += 1) {
      const inlines = randomInlines(random);
      const item = [paragraph({ type: "text", value: "x" }), list(true, [[paragraph(...inlines)]])];
      const markdown = renderBlocks(list(false, [item]));
      const inner = firstOf(firstOf(parseMarkdown(markdown), "list"), "listItem");
      const nested = "children" in inner ? inner.children[1] : undefined;
      const parsed =
        nested === undefined ? [] : withoutFinalBreaks(parsedMarks(firstOf(nested, "paragraph")));
      expect({ markdown, marks: parsed }).toEqual({ markdown, marks: expectedFlow(inlines) });
    }
  });
});

describe("random text without line breaks", () => {
  it(`round-trips in a table cell (${cases} cases)`, () => {
    const random = randomSource(3);
    for (let index = 0; index < cases; index += 1) {
      const inlines = randomInlines(random, 0, false);
      const markdown = renderBlocks({
        type: "table",
        columns: [{ header: "h", align: "left" }],
        rows: [[inlines]],
      });
      const table = firstOf(parseMarkdown(markdown), "table");
      const row = "children" in table ? table.children[1] : undefined;
      const parsed = row === undefined ? [] : parsedMarks(firstOf(row, "tableCell"));
      expect({ markdown, marks: parsed }).toEqual({ markdown, marks: modelMarks(inlines) });
    }
  });

  it(`round-trips in a heading (${cases} cases)`, () => {
    const random = randomSource(4);
    for (let index = 0; index < cases; index += 1) {
      const title = randomText(random, false);
      const markdown = renderBlocks(section("s", title, []));
      const parsed = parsedMarks(firstOf(parseMarkdown(markdown), "heading"));
      expect({ markdown, marks: parsed }).toEqual({ markdown, marks: [...title] });
    }
  });
});

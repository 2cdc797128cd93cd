import { markerMarkdown } from "@clausework/clauses";
import type { Block } from "@clausework/model";
import { describe, expect, it } from "vitest";
import { ComposeError } from "../errors.js";
import { clauseBlocks, type BuildBlock } from "./clause-blocks.js";

const noBlocks: BuildBlock = (name) => {
  throw new Error(`unexpected block ${name}`);
};
const blocks = (markdown: string, build: BuildBlock = noBlocks): Block[] =>
  clauseBlocks("c", markdown, build);

describe("Markdown to model", () => {
  it("maps paragraphs, emphasis, strong and hard breaks; soft breaks are spaces", () => {
    expect(blocks("A *b* **c**\\\nd\ne")).toEqual([
      {
        type: "paragraph",
        children: [
          { type: "text", value: "A " },
          { type: "emphasis", children: [{ type: "text", value: "b" }] },
          { type: "text", value: " " },
          { type: "strong", children: [{ type: "text", value: "c" }] },
          { type: "break" },
          { type: "text", value: "d e" },
        ],
      },
    ]);
  });

  it("maps lists, ordered or not, with nested lists", () => {
    const [list] = blocks("1. one\n2. two\n   - inner");
    expect(list?.type === "list" && list.ordered).toBe(true);
    expect(list?.type === "list" && list.items[1]?.children.map((child) => child.type)).toEqual([
      "paragraph",
      "list",
    ]);
  });

  it("keeps https and mailto links and drops any other link, keeping its text", () => {
    const [paragraph] = blocks(
      "[a](https://x.example) [b](mailto:b@x.example) [c](javascript:alert(1)) [d](http://x.example)",
    );
    expect(paragraph).toEqual({
      type: "paragraph",
      children: [
        { type: "link", url: "https://x.example", children: [{ type: "text", value: "a" }] },
        { type: "text", value: " " },
        { type: "link", url: "mailto:b@x.example", children: [{ type: "text", value: "b" }] },
        { type: "text", value: " " },
        { type: "text", value: "c" },
        { type: "text", value: " " },
        { type: "text", value: "d" },
      ],
    });
  });

  it("maps a thematic break to a page break", () => {
    expect(blocks("a\n\n---\n\nb").map((block) => block.type)).toEqual([
      "paragraph",
      "pageBreak",
      "paragraph",
    ]);
  });

  it("fails loudly on Markdown the documents do not use", () => {
    for (const source of [
      "> quote",
      "    code",
      "`code`",
      "![i](https://x.example/i.png)",
      "<b>x</b>",
      "[r]: https://x.example\n\n[r]",
    ]) {
      expect(() => blocks(source), source).toThrow(ComposeError);
    }
  });

  it("nests headings as sections with ids from the clause, leaving out empty ones", () => {
    const result = blocks("lead\n\n# One\n\ntext\n\n## Inner\n\ndeep\n\n# Empty\n\n# Two\n\nmore");
    expect(result.map((block) => block.type)).toEqual(["paragraph", "section", "section"]);
    const [, one, two] = result;
    expect(
      one?.type === "section" && [one.id, one.title, one.children.map((child) => child.type)],
    ).toEqual(["c-1", "One", ["paragraph", "section"]]);
    expect(two?.type === "section" && [two.id, two.title]).toEqual(["c-4", "Two"]);
  });

  it("places typed blocks at their markers and wraps notices", () => {
    const built: Block = { type: "pageBreak" };
    const markdown = [
      "before",
      markerMarkdown({ kind: "block", name: "schedule" }),
      markerMarkdown({ kind: "notice", tone: "legal", title: "Careful" }),
      "inside",
      markerMarkdown({ kind: "end-notice" }),
    ].join("");
    expect(blocks(markdown, (name) => (name === "schedule" ? [built] : []))).toEqual([
      { type: "paragraph", children: [{ type: "text", value: "before" }] },
      built,
      {
        type: "notice",
        tone: "legal",
        title: "Careful",
        children: [{ type: "paragraph", children: [{ type: "text", value: "inside" }] }],
      },
    ]);
  });

  it("rejects misplaced markers", () => {
    const open = markerMarkdown({ kind: "notice", tone: "info" });
    const close = markerMarkdown({ kind: "end-notice" });
    expect(() => blocks(`${open}text`)).toThrow(/never closed/);
    expect(() => blocks(`text${close}`)).toThrow(/never opened/);
    expect(() => blocks(`${open}${open}x${close}${close}`)).toThrow(/notice inside a notice/);
    expect(() => blocks(`${open}\n\n# Heading\n\nx${close}`)).toThrow(/heading inside a notice/);
  });
});

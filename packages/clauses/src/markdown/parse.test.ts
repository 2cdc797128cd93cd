import { describe, expect, it } from "vitest";
import { ClauseError } from "../errors.js";
import { escapeMarkdown } from "../escape.js";
import { MarkdownUnsupportedError, parseClauseMarkdown } from "./parse.js";

describe("parseClauseMarkdown", () => {
  it("reads headings, paragraphs, nested lists, breaks and markers", () => {
    const source = [
      "## Fees",
      "",
      "Pay **half** now\nand *half* later.\\",
      "Thanks.",
      "",
      "1. One",
      "   - inner [link](https://example.com/a b)",
      "2. Two",
      "",
      "<!--clausework:block schedule-->",
      "",
      "---",
    ].join("\n");
    expect(parseClauseMarkdown(source)).toEqual([
      { type: "heading", depth: 2, children: [{ type: "text", value: "Fees" }] },
      {
        type: "paragraph",
        children: [
          { type: "text", value: "Pay " },
          { type: "strong", children: [{ type: "text", value: "half" }] },
          { type: "text", value: " now and " },
          { type: "emphasis", children: [{ type: "text", value: "half" }] },
          { type: "text", value: " later." },
          { type: "break" },
          { type: "text", value: "Thanks." },
        ],
      },
      {
        type: "list",
        ordered: true,
        items: [
          [
            { type: "paragraph", children: [{ type: "text", value: "One" }] },
            {
              type: "list",
              ordered: false,
              items: [
                [
                  {
                    type: "paragraph",
                    children: [{ type: "text", value: "inner [link](https://example.com/a b)" }],
                  },
                ],
              ],
            },
          ],
          [{ type: "paragraph", children: [{ type: "text", value: "Two" }] }],
        ],
      },
      { type: "html", value: "<!--clausework:block schedule-->" },
      { type: "thematicBreak" },
    ]);
  });

  it("keeps link targets as written, whatever the scheme and host", () => {
    const [paragraph] = parseClauseMarkdown(
      "[a](https://münchen.example/x) [b](javascript:alert(1))",
    );
    expect(paragraph).toMatchObject({
      children: [
        { type: "link", url: "https://m%C3%BCnchen.example/x" },
        { type: "text", value: " " },
        { type: "link", url: "javascript:alert(1)" },
      ],
    });
  });

  it("reads escaped user text back exactly", () => {
    const value = "# 7. *Payment* [waived](https://x) <b>&amp; | `x` _y_ \\ ~z~ 1) - +";
    expect(parseClauseMarkdown(escapeMarkdown(value))).toEqual([
      { type: "paragraph", children: [{ type: "text", value }] },
    ]);
  });

  it.each([
    ["> quoted", "blockquote"],
    ["    indented code", "code"],
    ["```\nfenced\n```", "code"],
    ["Use `code` here.", "inlineCode"],
    ["![alt](https://example.com/x.png)", "image"],
    ["Some <b>html</b>.", "html"],
    ["[r]: https://x.example\n\n[r]", "definition"],
  ])("refuses %j as %s", (source, construct) => {
    expect(() => parseClauseMarkdown(source)).toThrow(MarkdownUnsupportedError);
    expect(() => parseClauseMarkdown(source)).toThrow(`Markdown ${construct} is not supported`);
  });

  it("refuses nesting deep enough that the parser would drop the rest", () => {
    const deep = Array.from({ length: 60 }, (_, depth) => `${"  ".repeat(depth)}- item`).join("\n");
    expect(() => parseClauseMarkdown(`${deep}\n\nlast words`)).toThrow(ClauseError);
    const shallow = Array.from({ length: 5 }, (_, depth) => `${"  ".repeat(depth)}- item`).join(
      "\n",
    );
    expect(parseClauseMarkdown(shallow)).toHaveLength(1);
  });
});

// Emphasis that CommonMark would not recognise as written naively, and how it is kept.
import { emphasis, paragraph, strong, text } from "@clausework/model";
import type { Inline } from "@clausework/model";
import { describe, expect, it } from "vitest";
import { parseMarkdown, renderBlocks } from "./test-render.js";

const render = (...inlines: Inline[]): string => renderBlocks(paragraph(...inlines));

describe("emphasis beside letters and other emphasis", () => {
  it("encodes a letter before `*` when the emphasis starts with punctuation", () => {
    expect(render(...text("x"), emphasis(...text("(a)")), ...text("y"))).toBe("&#x78;*(a)*&#x79;");
  });

  it("leaves letters alone when the emphasis starts and ends with letters", () => {
    expect(render(...text("x"), emphasis(...text("a")), ...text("y"))).toBe("x*a*y");
  });

  it("uses `_` for emphasis right after other emphasis, so the runs do not fuse", () => {
    const markdown = render(strong(...text("a")), emphasis(...text("(b)")), ...text("c"));
    expect(markdown).toBe("**a**_(b)_&#x63;");
    const [first] = parseMarkdown(markdown).children;
    expect(first?.type === "paragraph" && first.children.map((node) => node.type)).toEqual([
      "strong",
      "emphasis",
      "text",
    ]);
  });

  it("moves spaces at the inner edges outside, where they do not stop the emphasis", () => {
    expect(render(...text("a"), strong(...text(" b ")), ...text("c"))).toBe("a **b** c");
  });
});

import { list, paragraph, text } from "@clausework/model";
import { describe, expect, it } from "vitest";
import { renderBlocks } from "./test-render.js";

describe("list", () => {
  it("renders bullets as <ul> and prints a one-paragraph item straight in <li>", () => {
    expect(renderBlocks(list(false, [[paragraph(...text("a"))], [paragraph(...text("b"))]]))).toBe(
      '<ul>\n  <li dir="auto">a</li>\n  <li dir="auto">b</li>\n</ul>',
    );
  });

  it("renders numbered lists as <ol> and keeps blocks of a longer item", () => {
    const nested = list(true, [
      [paragraph(...text("a")), list(false, [[paragraph(...text("b"))]])],
    ]);
    expect(renderBlocks(nested)).toBe(
      [
        "<ol>",
        "  <li>",
        '    <p dir="auto">a</p>',
        "    <ul>",
        '      <li dir="auto">b</li>',
        "    </ul>",
        "  </li>",
        "</ol>",
      ].join("\n"),
    );
  });
});

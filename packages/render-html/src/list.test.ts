import { list, paragraph, text } from "@clausework/model";
import { describe, expect, it } from "vitest";
import { renderBlocks } from "./test-render.js";

describe("list", () => {
  it("renders bullets as <ul> and prints a one-paragraph item straight in <li>", () => {
    expect(renderBlocks(list(false, [[paragraph(...text("a"))], [paragraph(...text("b"))]]))).toBe(
      "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>",
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
        "    <p>a</p>",
        "    <ul>",
        "      <li>b</li>",
        "    </ul>",
        "  </li>",
        "</ol>",
      ].join("\n"),
    );
  });
});

import { describe, expect, it } from "vitest";
import { paragraph, section, text } from "@clausework/model";
import type { Block, Section } from "@clausework/model";
import type { RenderContext } from "../context.js";
import { renderParagraph } from "./paragraph.js";
import { headingText, renderSection } from "./section.js";

function context(): RenderContext {
  let count = 0;
  const blocks: RenderContext["blocks"] = (children, inner) =>
    children.flatMap((child: Block) =>
      child.type === "section"
        ? renderSection(child, inner)
        : renderParagraph(child as never, inner),
    );
  return {
    depth: 0,
    width: 480,
    pageHeight: 714,
    nextOutlineId: () => `outline-${(count += 1)}`,
    blocks,
  };
}

describe("headingText", () => {
  it("numbers top-level sections '3. Cost' and subsections '3.2 Sub'", () => {
    expect(headingText(section("c", "Cost", [], "3"))).toBe("3. Cost");
    expect(headingText(section("s", "Sub", [], "3.2"))).toBe("3.2 Sub");
    expect(headingText(section("n", "Unnumbered", []))).toBe("Unnumbered");
  });
});

describe("renderSection", () => {
  it("keeps the heading and a short first block together, as bookmarks nest", () => {
    const inner = section("b", "Inner", [paragraph(...text("short"))], "1.1");
    const [kept, ...rest] = renderSection(
      section("a", "Outer", [inner], "1") as Section,
      context(),
    );
    expect(rest).toEqual([]);
    expect(kept).toMatchObject({
      unbreakable: true,
      stack: [
        { text: "1. Outer", style: "heading1", id: "outline-1", outline: true },
        {
          unbreakable: true,
          stack: [
            { text: "1.1 Inner", style: "heading2", id: "outline-2", outlineParentId: "outline-1" },
            { text: "short", style: "paragraph" },
          ],
        },
      ],
    });
  });

  it("does not glue a long first block to the heading", () => {
    const long = paragraph(...text("word ".repeat(400)));
    const nodes = renderSection(
      section("a", "Long", [long, paragraph(...text("next"))]),
      context(),
    );
    expect(nodes).toHaveLength(3);
    expect(nodes[0]).toMatchObject({ text: "Long", style: "heading1" });
  });

  it("renders a heading alone for an empty section", () => {
    expect(renderSection(section("e", "Empty", []), context())).toHaveLength(1);
  });
});

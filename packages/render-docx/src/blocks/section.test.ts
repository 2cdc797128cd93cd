import { describe, expect, it } from "vitest";
import { paragraph, section, text } from "@clausework/model";
import { findAll, documentWith, renderPart, textOf, valueOf } from "../test-support.js";
import { headingText } from "./section.js";

describe("headingText", () => {
  it("shows the number the way contracts do", () => {
    expect(headingText(section("a", "Cost", [], "3"))).toBe("3. Cost");
    expect(headingText(section("b", "Sub", [], "3.2"))).toBe("3.2 Sub");
    expect(headingText(section("c", "Plain", []))).toBe("Plain");
  });
});

describe("section", () => {
  it("uses Heading 1 to 3 by depth, and Heading 3 below that", async () => {
    const deep = section("d4", "Four", [paragraph(...text("body"))]);
    const doc = documentWith([
      section("d1", "One", [section("d2", "Two", [section("d3", "Three", [deep])])]),
    ]);
    const { tree } = await renderPart(doc);
    const headings = findAll(tree, "w:p")
      .filter((p) => valueOf(p, "w:pStyle")?.startsWith("Heading"))
      .map((p) => [valueOf(p, "w:pStyle"), textOf(p)]);
    expect(headings).toEqual([
      ["Heading1", "One"],
      ["Heading2", "Two"],
      ["Heading3", "Three"],
      ["Heading3", "Four"],
    ]);
  });
});

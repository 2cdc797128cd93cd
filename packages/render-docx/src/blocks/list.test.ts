import { describe, expect, it } from "vitest";
import { list, paragraph, text, type Block } from "@clausework/model";
import {
  documentWith,
  findAll,
  renderPart,
  textOf,
  valueOf,
  type XmlElement,
} from "../test-support.js";

const p = (value: string) => paragraph(...text(value));

type Numbered = { text: string; level?: string; numId?: string };

function numbered(paragraphs: readonly XmlElement[]): Numbered[] {
  return paragraphs
    .filter((item) => valueOf(item, "w:pStyle") === "ListParagraph")
    .map((item) => {
      const level = valueOf(item, "w:ilvl");
      const numId = valueOf(item, "w:numId");
      return {
        text: textOf(item),
        ...(level === undefined ? {} : { level }),
        ...(numId === undefined ? {} : { numId }),
      };
    });
}

async function render(blocks: Block[]) {
  const doc = documentWith(blocks);
  const body = await renderPart(doc);
  const numbering = await renderPart(doc, "word/numbering.xml");
  return { items: numbered(findAll(body.tree, "w:p")), numbering: numbering.tree };
}

describe("list", () => {
  it("uses numbering definitions, nested lists one level down, continuation paragraphs unnumbered", async () => {
    const { items } = await render([
      list(false, [[p("a"), p("a, more"), list(true, [[p("a.1")], [p("a.2")]])], [p("b")]]),
    ]);
    expect(items).toEqual([
      { text: "a", level: "0", numId: "2" },
      { text: "a, more" },
      { text: "a.1", level: "1", numId: "3" },
      { text: "a.2", level: "1", numId: "3" },
      { text: "b", level: "0", numId: "2" },
    ]);
  });

  it("gives every list its own instance, so each ordered list restarts at 1", async () => {
    const { items, numbering } = await render([list(true, [[p("x")]]), list(true, [[p("y")]])]);
    expect(items.map((item) => item.numId)).toEqual(["2", "3"]);
    const nums = findAll(numbering, "w:num").filter((num) =>
      ["2", "3"].includes(num.attributes["w:numId"] ?? ""),
    );
    for (const num of nums) expect(valueOf(num, "w:startOverride")).toBe("1");
    expect(nums).toHaveLength(2);
  });

  it("defines bullets and ordered levels in numbering.xml", async () => {
    const { numbering } = await render([list(true, [[p("x")]]), list(false, [[p("y")]])]);
    const formats = findAll(numbering, "w:abstractNum").map((abstract) =>
      findAll([abstract], "w:lvl")
        .slice(0, 3)
        .map((level) => valueOf(level, "w:numFmt")),
    );
    expect(formats).toContainEqual(["bullet", "bullet", "bullet"]);
    expect(formats).toContainEqual(["decimal", "lowerLetter", "lowerRoman"]);
  });

  it("numbers an item that starts with something other than a paragraph", async () => {
    const { items } = await render([list(true, [[list(false, [[p("inner")]])], []])]);
    expect(items).toEqual([
      { text: "", level: "0", numId: "2" },
      { text: "inner", level: "1", numId: "3" },
      { text: "", level: "0", numId: "2" },
    ]);
  });
});

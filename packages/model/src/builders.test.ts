import { describe, expect, it } from "vitest";
import { plainText, section, text } from "./builders.js";
import { sampleDocument } from "./sample.js";
import { UnknownNodeError, visitBlocks } from "./walk.js";
import type { BlockType } from "./nodes.js";

describe("text", () => {
  it.each([
    ["plain", "Acme", [{ type: "text", value: "Acme" }]],
    ["LF", "a\nb", [{ type: "text", value: "a" }, { type: "break" }, { type: "text", value: "b" }]],
    [
      "CRLF and lone CR",
      "a\r\nb\rc",
      [
        { type: "text", value: "a" },
        { type: "break" },
        { type: "text", value: "b" },
        { type: "break" },
        { type: "text", value: "c" },
      ],
    ],
    [
      "blank lines keep both breaks",
      "a\n\nb",
      [
        { type: "text", value: "a" },
        { type: "break" },
        { type: "break" },
        { type: "text", value: "b" },
      ],
    ],
    ["empty", "", []],
  ])("%s", (_name, input, expected) => {
    expect(text(input)).toEqual(expected);
  });

  it("never leaves a line feed inside a text node", () => {
    const nodes = text("Acme GmbH\nMusterstr. 1\r\n10115 Berlin");
    for (const node of nodes) if (node.type === "text") expect(node.value).not.toMatch(/[\r\n]/);
    expect(plainText(nodes)).toBe("Acme GmbH\nMusterstr. 1\n10115 Berlin");
  });
});

describe("section", () => {
  it("leaves number out when not given, so exactOptionalPropertyTypes holds", () => {
    expect("number" in section("a", "A", [])).toBe(false);
    expect(section("a", "A", [], "2").number).toBe("2");
  });
});

describe("sampleDocument", () => {
  it("uses every block type, so renderers tested on it cover them all", () => {
    const seen = new Set<BlockType>();
    visitBlocks(sampleDocument.children, (block) => seen.add(block.type));
    const all: BlockType[] = [
      "section",
      "paragraph",
      "list",
      "table",
      "keyFacts",
      "notice",
      "signatures",
      "schedule",
      "pageBreak",
    ];
    expect([...seen].sort()).toEqual([...all].sort());
  });

  it("reports nesting depth while walking", () => {
    const depths: Record<string, number> = {};
    visitBlocks(sampleDocument.children, (block, depth) => {
      if (block.type === "section") depths[block.id] = depth;
    });
    expect(depths).toEqual({ scope: 1, "out-of-scope": 2, fees: 1, schedule: 1 });
  });
});

describe("plainText of a node it does not know", () => {
  it("throws UnknownNodeError naming the type, not a TypeError", () => {
    const stray = [{ type: "footnote", value: "1" }] as unknown as Parameters<typeof plainText>[0];
    expect(() => plainText(stray)).toThrow(UnknownNodeError);
    expect(() => plainText(stray)).toThrow(/"footnote"/);
  });
});

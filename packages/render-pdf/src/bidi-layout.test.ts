import { describe, expect, it } from "vitest";
import type { Content, ContentText } from "pdfmake/interfaces.js";
import { theme } from "@clausework/theme";
import { orderRightToLeft } from "./bidi-layout.js";
import type { TextBox } from "./bidi-text.js";
import { mainFamily, type FamilyName } from "./fonts.js";
import { plainText } from "./inlines.js";
import { documentStyles } from "./styles.js";
import { tableLayoutNames } from "./table-layouts.js";
import { textWidth } from "./text-width.js";

const box: TextBox = { width: 480, fontSize: theme.size.body, bold: false, italics: false };
const hebrew = Array.from({ length: 40 }, (_, index) => `מילה${index}`).join(" ");

type Leaf = { text: string; font?: FamilyName; bold?: boolean };

/** Width of each drawn line of an ordered node, measured as pdfkit lays it out. */
function lineWidths(node: ContentText, fontSize: number = theme.size.body): number[] {
  const widths = [0];
  for (const part of node.text as (string | Leaf)[]) {
    const leaf = typeof part === "string" ? { text: part } : part;
    if (leaf.text === "\n") widths.push(0);
    else {
      const choice = { family: leaf.font ?? mainFamily, bold: leaf.bold ?? false, italics: false };
      const last = widths.pop() ?? 0;
      widths.push(last + textWidth(leaf.text, { ...choice, fontSize }));
    }
  }
  return widths;
}

const laidOut = (content: Content) => orderRightToLeft(content, box, documentStyles());

describe("orderRightToLeft", () => {
  it("fits every line into its table cell, padding taken off", () => {
    const table = laidOut({
      table: { widths: ["30%", "70%"], body: [[{ text: "Client" }, { text: plainText(hebrew) }]] },
      layout: tableLayoutNames.plain,
    }) as { table: { body: ContentText[][] } };
    const cell = table.table.body[0]?.[1];
    if (cell === undefined) throw new Error("no cell");
    const widths = lineWidths(cell);
    expect(widths.length).toBeGreaterThan(2);
    const room = 0.7 * box.width - 2 * theme.spacing.tableCellPadding;
    for (const width of widths) expect(width).toBeLessThanOrEqual(room);
    // Nearly full lines: the cell's width was not underestimated by much.
    expect(Math.max(...widths)).toBeGreaterThan(room * 0.85);
  });

  it("takes margins, list markers and the style's font size into account", () => {
    const [heading, list] = laidOut([
      { text: plainText(hebrew), style: "heading1", margin: [20, 0, 20, 0] },
      { ul: [{ text: plainText(hebrew) }] },
    ] as Content[]) as [ContentText, { ul: ContentText[] }];
    for (const width of lineWidths(heading, theme.size.heading1)) {
      expect(width).toBeLessThanOrEqual(box.width - 40);
    }
    const item = list.ul[0];
    if (item === undefined) throw new Error("no item");
    for (const width of lineWidths(item)) expect(width).toBeLessThan(box.width - 5);
  });

  it("leaves nodes without right-to-left text as they were", () => {
    const content: Content = [{ text: "Plain" }, "string", { stack: [{ text: "x" }] }];
    expect(laidOut(content)).toEqual(content);
  });
});

import { text } from "@clausework/model";
import type { Table } from "@clausework/model";
import { describe, expect, it } from "vitest";
import { alignClass, columnWidths } from "./table.js";
import { renderBlocks } from "./test-render.js";

const table: Table = {
  type: "table",
  caption: "Fees",
  columns: [
    { header: "Item", align: "left", weight: 3 },
    { header: "Amount", align: "right", weight: 1 },
  ],
  rows: [[text("A | B"), text("£1")]],
};

describe("table", () => {
  it("renders caption, column widths, a header row with scope and aligned cells", () => {
    expect(renderBlocks(table)).toBe(
      [
        '<table class="data-table">',
        "  <caption>Fees</caption>",
        "  <colgroup>",
        '    <col style="width: 75%">',
        '    <col style="width: 25%">',
        "  </colgroup>",
        "  <thead>",
        "    <tr>",
        '      <th scope="col" class="align-left">Item</th>',
        '      <th scope="col" class="align-right">Amount</th>',
        "    </tr>",
        "  </thead>",
        "  <tbody>",
        "    <tr>",
        '      <td class="align-left">A | B</td>',
        '      <td class="align-right">£1</td>',
        "    </tr>",
        "  </tbody>",
        "</table>",
      ].join("\n"),
    );
  });

  it("omits caption and widths when the model has none", () => {
    const bare: Table = { type: "table", columns: [{ header: "H", align: "center" }], rows: [] };
    const html = renderBlocks(bare);
    expect(html).not.toContain("<caption");
    expect(html).not.toContain("<colgroup");
    expect(html).toContain('class="align-center"');
  });

  it("counts a column without a weight as weight 1", () => {
    expect(
      columnWidths([
        { header: "a", align: "left", weight: 2 },
        { header: "b", align: "left" },
      ]),
    ).toEqual(["width: 66.67%", "width: 33.33%"]);
  });

  it("allows alignment only from the fixed set", () => {
    expect(alignClass("right")).toBe("align-right");
    expect(() => alignClass("left; color: red" as "left")).toThrow(/unknown column alignment/);
  });
});

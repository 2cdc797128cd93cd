import { describe, expect, it } from "vitest";
import { text, type Table } from "@clausework/model";
import { documentWith, findAll, renderPart, textOf, valueOf } from "../test-support.js";

const table: Table = {
  type: "table",
  caption: "Fees",
  columns: [
    { header: "Item", align: "left", weight: 3 },
    { header: "Amount", align: "right" },
  ],
  rows: [
    [text("Deposit | <b>"), text("£1")],
    [text("Balance"), []],
  ],
};

describe("table", () => {
  it("is a styled table with a repeating header row, caption and aligned columns", async () => {
    const { tree } = await renderPart(documentWith([table]));
    const [tbl] = findAll(tree, "w:tbl");
    if (tbl === undefined) throw new Error("no table");
    expect(valueOf(tbl, "w:tblStyle")).toBe("ClauseworkTable");
    const rows = findAll([tbl], "w:tr");
    expect(rows.map((row) => findAll([row], "w:tblHeader").length)).toEqual([1, 0, 0]);
    expect(rows.map((row) => findAll([row], "w:tc").map(textOf))).toEqual([
      ["Item", "Amount"],
      ["Deposit | <b>", "£1"],
      ["Balance", ""],
    ]);
    const alignments = findAll([rows[1] ?? tbl], "w:jc").map((jc) => jc.attributes["w:val"]);
    expect(alignments).toEqual(["left", "right"]);
    const grid = findAll([tbl], "w:gridCol").map((col) => Number(col.attributes["w:w"]));
    // Weight 3 against an unweighted column (weight 1) on A4's 9626-twip text width.
    expect(grid).toEqual([7219, 2407]);
    const caption = findAll(tree, "w:p").find((p) => valueOf(p, "w:pStyle") === "Caption");
    expect(caption && textOf(caption)).toBe("Fees");
  });
});

describe("schedule", () => {
  it("shades the client's rows only", async () => {
    const sample = await renderPart(
      documentWith([
        {
          type: "schedule",
          columns: { date: "Date", owner: "Who", item: "What", basis: "Based on" },
          entries: [
            {
              date: "2027-01-01",
              dateText: "1 Jan",
              owner: "client",
              ownerText: "Acme",
              title: "Brief",
            },
            {
              date: "2027-01-02",
              dateText: "2 Jan",
              owner: "freelancer",
              ownerText: "Jane",
              title: "Draft",
              basis: "1 day after Brief",
            },
          ],
        },
      ]),
    );
    const rows = findAll(sample.tree, "w:tr");
    expect(rows.map((row) => findAll([row], "w:tc").map(textOf))).toEqual([
      ["Date", "Who", "What", "Based on"],
      ["1 Jan", "Acme", "Brief", ""],
      ["2 Jan", "Jane", "Draft", "1 day after Brief"],
    ]);
    const fills = rows.map((row) => findAll([row], "w:shd").map((shd) => shd.attributes["w:fill"]));
    expect(fills).toEqual([[], ["F0F4F8", "F0F4F8", "F0F4F8", "F0F4F8"], []]);
    expect(rows.map((row) => findAll([row], "w:tblHeader").length)).toEqual([1, 0, 0]);
  });
});

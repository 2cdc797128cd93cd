// Key facts, notices, signature blocks and page breaks: the blocks that are
// laid out with borderless tables or breaks rather than plain paragraphs.
import { describe, expect, it } from "vitest";
import { list, notice, paragraph, strong, text, type NoticeTone } from "@clausework/model";
import { documentWith, findAll, renderPart, textOf, valueOf } from "../test-support.js";

describe("keyFacts", () => {
  it("is a two-column layout table: label, then value with its formatting and breaks", async () => {
    const { tree } = await renderPart(
      documentWith([
        {
          type: "keyFacts",
          items: [
            { label: "Client", value: text("Acme\nLondon") },
            { label: "Fee", value: [strong(...text("£1"))] },
          ],
        },
      ]),
    );
    const [tbl] = findAll(tree, "w:tbl");
    if (tbl === undefined) throw new Error("no table");
    expect(valueOf(tbl, "w:tblStyle")).toBe("ClauseworkLayoutTable");
    expect(findAll([tbl], "w:tr").map((row) => findAll([row], "w:tc").map(textOf))).toEqual([
      ["Client", "AcmeLondon"],
      ["Fee", "£1"],
    ]);
    expect(findAll([tbl], "w:br")).toHaveLength(1);
    expect(findAll([tbl], "w:b").length).toBeGreaterThan(0);
    const borders = findAll([tbl], "w:tblBorders")[0]?.children.map((b) => [
      b.name,
      b.attributes["w:val"],
    ]);
    expect(borders).toContainEqual(["w:insideV", "none"]);
    expect(borders).toContainEqual(["w:insideH", "single"]);
  });
});

describe("notice", () => {
  it.each([
    ["info", "EAF2FB", "1D4E89"],
    ["warning", "FFF4E5", "C26A00"],
    ["legal", "F3F4F6", "616E7C"],
  ] as const)(
    "%s: a shaded cell with a bar in the tone's colour",
    async (tone: NoticeTone, fill, bar) => {
      const block = notice(
        tone,
        [paragraph(...text("Body")), list(false, [[paragraph(...text("point"))]])],
        "Title",
      );
      const { tree } = await renderPart(documentWith([block]));
      const cells = findAll(tree, "w:tc");
      expect(cells).toHaveLength(1);
      const [cell] = cells;
      if (cell === undefined) throw new Error("no cell");
      expect(findAll([cell], "w:shd")[0]?.attributes["w:fill"]).toBe(fill);
      const left = findAll([cell], "w:tcBorders")[0]?.children.find((b) => b.name === "w:left");
      expect(left?.attributes).toMatchObject({ "w:val": "single", "w:color": bar });
      const paragraphs = findAll([cell], "w:p");
      expect(paragraphs.map(textOf)).toEqual(["Title", "Body", "point"]);
      expect(valueOf(paragraphs[0] ?? cell, "w:pStyle")).toBe("NoticeTitle");
      expect(findAll([cell], "w:numPr")).toHaveLength(1);
    },
  );
});

describe("signatures", () => {
  it("puts each party in its own column with lines to sign and date for each signatory", async () => {
    const { tree } = await renderPart(
      documentWith([
        {
          type: "signatures",
          labels: { signature: "Signed", date: "Dated" },
          parties: [
            {
              role: "Freelancer",
              partyName: "Jane <Co>",
              signatories: [{ name: "Jane", title: "Owner" }],
            },
            {
              role: "Client",
              partyName: "Acme",
              signatories: [{ name: "Max" }, { name: "Erika", title: "CFO" }],
            },
          ],
        },
      ]),
    );
    const [tbl] = findAll(tree, "w:tbl");
    if (tbl === undefined) throw new Error("no table");
    expect(findAll([tbl], "w:tblBorders")).toHaveLength(0);
    expect(valueOf(tbl, "w:tblStyle")).toBe("ClauseworkLayoutTable");
    const columns = findAll([tbl], "w:tc").map((cell) => findAll([cell], "w:p").map(textOf));
    expect(columns).toEqual([
      ["Freelancer", "Jane <Co>", "", "Signed", "Jane", "Owner", "", "Dated"],
      [
        "Client",
        "Acme",
        "",
        "Signed",
        "Max",
        "",
        "Dated",
        "",
        "Signed",
        "Erika",
        "CFO",
        "",
        "Dated",
      ],
    ]);
    const lines = findAll([tbl], "w:pBdr").filter((border) =>
      border.children.some((b) => b.name === "w:bottom"),
    );
    expect(lines).toHaveLength(6);
  });
});

describe("pageBreak", () => {
  it("is a real page break", async () => {
    const { tree } = await renderPart(documentWith([{ type: "pageBreak" }]));
    const breaks = findAll(tree, "w:br");
    expect(breaks.map((b) => b.attributes["w:type"])).toEqual(["page"]);
  });
});

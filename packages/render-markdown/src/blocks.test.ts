// Handler tests for the block nodes, through the public entry point.
import { emphasis, link, list, notice, paragraph, section, strong, text } from "@clausework/model";
import type { Schedule, Table } from "@clausework/model";
import { describe, expect, it } from "vitest";
import { headingMarker, sectionNumberText } from "./section.js";
import { renderBlocks } from "./test-render.js";

describe("paragraph", () => {
  it("writes strong, emphasis, links and backslash hard breaks", () => {
    const p = paragraph(
      ...text("a\nb "),
      strong(...text("bold")),
      ...text(" "),
      emphasis(...text("it")),
      ...text(" "),
      link("https://x.example/a b", text("x")),
    );
    expect(renderBlocks(p)).toBe("a\\\nb **bold** *it* [x](https://x.example/a%20b)");
  });

  it("prints only the text of a link that is not https: or mailto:", () => {
    expect(renderBlocks(paragraph(link("javascript:alert(1)", text("x"))))).toBe("x");
  });

  it("drops line breaks at the end, which Markdown cannot write", () => {
    expect(renderBlocks(paragraph(...text("a\n\n")))).toBe("a");
  });
});

describe("section", () => {
  it("writes a numbered heading one level below the title, then its blocks", () => {
    expect(renderBlocks(section("c", "Cost", [paragraph(...text("x"))], "3"))).toBe(
      "## 3. Cost\n\nx",
    );
  });

  it("nests headings by depth up to ######", () => {
    expect([1, 2, 5, 9].map(headingMarker)).toEqual(["##", "###", "######", "######"]);
    const nested = section("a", "A", [section("b", "B", [], "1.1")], "1");
    expect(renderBlocks(nested)).toBe("## 1. A\n\n### 1.1 B");
  });

  it("adds a full stop to a top-level number only", () => {
    expect([sectionNumberText("3"), sectionNumberText("3.2")]).toEqual(["3.", "3.2"]);
  });

  it("writes a line break in a title as a space", () => {
    expect(renderBlocks(section("a", "A\r\nB", []))).toBe("## A B");
  });
});

describe("list", () => {
  it("writes bullets and numbers, nesting a list right under its item's text", () => {
    const nested = list(false, [
      [paragraph(...text("a")), list(true, [[paragraph(...text("b"))], [paragraph(...text("c"))]])],
      [paragraph(...text("d"))],
    ]);
    expect(renderBlocks(nested)).toBe("- a\n  1. b\n  2. c\n- d");
  });

  it("indents continuation lines by the marker's width", () => {
    const items = Array.from({ length: 10 }, (_, index) => [paragraph(...text(`${index}\nx`))]);
    expect(renderBlocks(list(true, items)).split("\n").slice(-2)).toEqual(["10. 9\\", "    x"]);
  });

  it("switches marker for a list that directly follows another, so they stay two lists", () => {
    const one = list(false, [[paragraph(...text("a"))]]);
    const two = list(true, [[paragraph(...text("b"))]]);
    expect(renderBlocks(one, one, one)).toBe("- a\n\n* a\n\n- a");
    expect(renderBlocks(two, two)).toBe("1. b\n\n1) b");
    expect(renderBlocks(one, list(false, []), one)).toBe("- a\n\n* a");
    const facts = { type: "keyFacts", items: [{ label: "k", value: text("v") }] } as const;
    expect(renderBlocks(one, facts)).toBe("- a\n\n* **k:** v");
  });
});

describe("table", () => {
  const table: Table = {
    type: "table",
    caption: "Fees",
    columns: [
      { header: "Item", align: "left" },
      { header: "Qty", align: "center" },
      { header: "Amount", align: "right" },
    ],
    rows: [[text("A | B"), text("1"), text("£1\n(net)")]],
  };

  it("writes the caption in bold and a padded GFM table with alignment", () => {
    expect(renderBlocks(table)).toBe(
      [
        "**Fees**",
        "",
        "| Item   | Qty |     Amount |",
        "| :----- | :-: | ---------: |",
        "| A \\| B |  1  | £1 / (net) |",
      ].join("\n"),
    );
  });

  it("adds empty header cells for rows longer than the header, so no cell is lost", () => {
    const wide: Table = {
      type: "table",
      columns: [{ header: "h", align: "left" }],
      rows: [[text("a"), text("b")]],
    };
    expect(renderBlocks(wide)).toBe("| h   |     |\n| :-- | :-- |\n| a   | b   |");
  });
});

describe("keyFacts", () => {
  it("writes a list of bold labels with their values, keeping line breaks", () => {
    const facts = renderBlocks({
      type: "keyFacts",
      items: [
        { label: "Client", value: text("Acme\nLondon") },
        { label: "Fee", value: [strong(...text("£1"))] },
        { label: "Empty", value: [] },
      ],
    });
    expect(facts).toBe("- **Client:** Acme\\\n  London\n- **Fee:** **£1**\n- **Empty:**");
  });
});

describe("notice", () => {
  it("writes a block quote with the title in bold", () => {
    const box = notice("legal", [paragraph(...text("a")), paragraph(...text("b"))], "Note");
    expect(renderBlocks(box)).toBe("> **Note**\n>\n> a\n>\n> b");
  });
});

describe("schedule", () => {
  it("writes one GFM table in model order", () => {
    const schedule: Schedule = {
      type: "schedule",
      columns: { date: "Date", owner: "Who", item: "What", basis: "Based on" },
      entries: [
        {
          date: "2027-01-20",
          dateText: "20 Jan",
          owner: "client",
          ownerText: "Acme",
          title: "Call",
        },
        {
          date: "2027-01-29",
          dateText: "29 Jan",
          owner: "freelancer",
          ownerText: "Jane",
          title: "Draft",
          basis: "After Call",
        },
      ],
    };
    expect(renderBlocks(schedule)).toBe(
      [
        "| Date   | Who  | What  | Based on   |",
        "| :----- | :--- | :---- | :--------- |",
        "| 20 Jan | Acme | Call  |            |",
        "| 29 Jan | Jane | Draft | After Call |",
      ].join("\n"),
    );
  });
});

describe("signatures", () => {
  it("writes per party its role and name, per signatory lines to sign and date", () => {
    const md = renderBlocks({
      type: "signatures",
      labels: { signature: "Signature", date: "Date" },
      parties: [
        {
          role: "Client",
          partyName: "Acme",
          signatories: [{ name: "Max", title: "CFO" }, { name: "Eva" }],
        },
      ],
    });
    const line = "_".repeat(30);
    expect(md).toBe(
      [
        "**Client:** Acme",
        `Signature: ${line}`,
        "Max, CFO",
        `Date: ${line}`,
        `Signature: ${line}`,
        "Eva",
        `Date: ${line}`,
      ].join("\n\n"),
    );
  });
});

describe("pageBreak", () => {
  it("writes a thematic break", () => {
    expect(
      renderBlocks(paragraph(...text("a")), { type: "pageBreak" }, paragraph(...text("b"))),
    ).toBe("a\n\n---\n\nb");
  });
});

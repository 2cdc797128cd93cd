// The base direction of blocks: dir="rtl" exactly where the model's rule says a
// paragraph is right to left, as the DOCX and PDF decide; never dir="auto",
// which would turn a cell that starts with a Hebrew name right to left.
import { paragraph, section, text } from "@clausework/model";
import { describe, expect, it } from "vitest";
import { renderBlocks } from "./test-render.js";

const client = "חברת שלום בע״מ\nSuite 5, 1 Main St\n+1 213 555 0163";

describe("direction", () => {
  it("keeps a key fact with a Hebrew name over an English address left to right", () => {
    const html = renderBlocks({
      type: "keyFacts",
      items: [{ label: "Client", value: text(client) }],
    });
    expect(html).not.toContain("dir=");
    expect(html).toContain("+1 213 555 0163</dd>");
  });

  it("keeps an Arabic title with a Latin letter left to right", () => {
    expect(renderBlocks(paragraph(...text("تصميم الموقع v2 — 3 صفحات")))).toBe(
      "<p>تصميم الموقع v2 — 3 صفحات</p>",
    );
  });

  it("sets a wholly Hebrew paragraph, heading, cell and item right to left", () => {
    const hebrew = "הלקוח ישלם 50% מראש.";
    expect(renderBlocks(paragraph(...text(hebrew)))).toBe(`<p dir="rtl">${hebrew}</p>`);
    expect(renderBlocks(section("s", "תשלום", []))).toContain('<h2 dir="rtl">תשלום</h2>');
    expect(
      renderBlocks({
        type: "table",
        columns: [{ header: "פריט", align: "left" }],
        rows: [[text(hebrew)], [text("Logo עיצוב")]],
      }),
    ).toMatch(
      /<th scope="col" class="align-left" dir="rtl">פריט<\/th>[\s\S]*<td class="align-left" dir="rtl">[\s\S]*<td class="align-left">Logo/,
    );
    expect(
      renderBlocks({
        type: "list",
        ordered: false,
        items: [{ children: [paragraph(...text(hebrew))] }],
      }),
    ).toContain(`<li dir="rtl">${hebrew}</li>`);
  });
});

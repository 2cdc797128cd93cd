import { emphasis, isolate, link, paragraph, strong, text } from "@clausework/model";
import { describe, expect, it } from "vitest";
import { isSafeUrl } from "./inline.js";
import { renderBlocks } from "./test-render.js";

describe("isSafeUrl", () => {
  it.each(["https://example.com", "HTTPS://EXAMPLE.COM", "mailto:jane@example.com"])(
    "accepts %s",
    (url) => expect(isSafeUrl(url)).toBe(true),
  );
  it.each([
    "http://example.com",
    "javascript:alert(1)",
    " https://example.com",
    "data:text/html,x",
    "//example.com",
    "example.com",
  ])("refuses %s", (url) => expect(isSafeUrl(url)).toBe(false));
});

describe("inline handlers", () => {
  it("renders strong and emphasis as <strong> and <em>", () => {
    expect(renderBlocks(paragraph(strong(...text("a")), emphasis(...text("b"))))).toBe(
      "<p><strong>a</strong><em>b</em></p>",
    );
  });

  it("renders a value's isolate as <bdi> with the isolate's direction", () => {
    const line = `${isolate("تصميم v2")}: 5 pages for ${isolate("חברת שלום")}`;
    expect(renderBlocks(paragraph(strong(...text(line))))).toBe(
      '<p><strong><bdi dir="ltr">تصميم v2</bdi>: 5 pages for <bdi dir="rtl">חברת שלום</bdi></strong></p>',
    );
  });

  it("renders https and mailto links with rel noopener noreferrer", () => {
    expect(renderBlocks(paragraph(link("https://example.com/?a=1&b=2", text("FAQ"))))).toBe(
      '<p><a href="https://example.com/?a=1&amp;b=2" rel="noopener noreferrer">FAQ</a></p>',
    );
  });

  it("prints only the text of a link with any other scheme", () => {
    expect(renderBlocks(paragraph(link("javascript:alert(1)", text("click"))))).toBe(
      "<p>click</p>",
    );
  });

  it("keeps only the text of a link nested in a link", () => {
    const inner = link("https://b.example", text("inner"));
    expect(renderBlocks(paragraph(link("https://a.example", [strong(inner)])))).toBe(
      '<p><a href="https://a.example" rel="noopener noreferrer"><strong>inner</strong></a></p>',
    );
  });

  it("turns a break, and a line feed that slipped into text, into <br>", () => {
    const html = renderBlocks(paragraph({ type: "text", value: "a\r\nb" }, { type: "break" }));
    expect(html).toBe("<p>a<br>\n  b<br>\n  </p>");
  });
});

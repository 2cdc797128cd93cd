import { describe, expect, it } from "vitest";
import { emphasis, isolate, link, paragraph, strong, text, type Inline } from "@clausework/model";
import { IllegalXmlCharacterError } from "./text.js";
import { documentWith, findAll, partXml, renderPart, textOf } from "./test-support.js";
import { renderDocx } from "./index.js";
import { isAllowedUrl } from "./inlines.js";

async function body(...inlines: Inline[]) {
  const { tree, xml } = await renderPart(documentWith([paragraph(...inlines)]));
  const paragraphs = findAll(tree, "w:p");
  // The body starts with the title and subtitle; the paragraph under test comes next.
  const target = paragraphs[2];
  if (target === undefined) throw new Error("paragraph not rendered");
  return { target, xml };
}

describe("inline content", () => {
  it("turns break nodes and stray line feeds into <w:br/>, never a raw LF in w:t", async () => {
    const { target } = await body(
      ...text("one\ntwo"),
      { type: "break" },
      { type: "text", value: "three\nfour" },
    );
    expect(findAll([target], "w:br")).toHaveLength(3);
    expect(findAll([target], "w:t").map((t) => t.text)).toEqual(["one", "two", "three", "four"]);
  });

  it("nests bold and italic, with complex-script twins", async () => {
    const { target } = await body(strong(emphasis(...text("both"))));
    const run = findAll([target], "w:r")[0];
    const names = run === undefined ? [] : findAll([run], "w:rPr")[0]?.children.map((c) => c.name);
    expect(names).toEqual(["w:b", "w:bCs", "w:i", "w:iCs"]);
  });

  it("links https and mailto addresses, with the address escaped in the relationship", async () => {
    const url = 'https://example.com/?q="><x>&y';
    const doc = documentWith([
      paragraph(link(url, text("site")), link("mailto:a@b.c", text("mail"))),
    ]);
    const bytes = await renderDocx(doc);
    const rels = partXml(bytes, "word/_rels/document.xml.rels");
    expect(rels).toContain('Target="https://example.com/?q=&quot;&gt;&lt;x&gt;&amp;y"');
    expect(rels).toContain('Target="mailto:a@b.c"');
    const hyperlinks = findAll((await renderPart(doc)).tree, "w:hyperlink");
    expect(hyperlinks.map(textOf)).toEqual(["site", "mail"]);
  });

  it("prints any other address as plain text", async () => {
    const { target } = await body(
      link("javascript:alert(1)", text("click")),
      link("http://x.y", text(" http")),
    );
    expect(findAll([target], "w:hyperlink")).toHaveLength(0);
    expect(textOf(target)).toBe("click http");
  });

  it("keeps a link inside a link as text of the outer one, as Word cannot nest them", async () => {
    const inner = link("https://inner.example", text("inner"));
    const { target } = await body(link("https://outer.example", [...text("outer "), inner]));
    const hyperlinks = findAll([target], "w:hyperlink");
    expect(hyperlinks).toHaveLength(1);
    expect(hyperlinks.map(textOf)).toEqual(["outer inner"]);
  });

  it("marks right-to-left runs, and the paragraph only when it has no left-to-right letter", async () => {
    const hebrew = await body(...text("שלום, 2027 (עולם)"));
    expect(findAll([hebrew.target], "w:bidi")).toHaveLength(1);
    expect(findAll([hebrew.target], "w:rtl")).toHaveLength(1);
    for (const mixed of ["שלום world", "Hello שלום"]) {
      const { target } = await body(...text(mixed));
      expect(findAll([target], "w:bidi"), mixed).toHaveLength(0);
      expect(findAll([target], "w:rtl"), mixed).toHaveLength(1);
    }
  });

  it("writes a value's isolate as marks of the paragraph's direction, which Word applies", async () => {
    const placed = await body(...text(`Client ${isolate("חברת שלום 5")}, 123 Main St`));
    const texts = findAll([placed.target], "w:t").map((t) => t.text);
    expect(texts.join("")).toBe("Client \u200eחברת שלום 5\u200e, 123 Main St");
    expect(placed.xml).not.toMatch(/[\u2066-\u2069]/);
    const alone = await body(...text(isolate("חברת שלום")));
    expect(findAll([alone.target], "w:bidi")).toHaveLength(1);
    expect(
      findAll([alone.target], "w:t")
        .map((t) => t.text)
        .join(""),
    ).toBe("\u200fחברת שלום\u200f");
  });

  it("keeps a Hebrew name over an English address and phone left to right", async () => {
    const cell = "חברת שלום בע״מ\nSuite 5, 1 Main St\n+1 213 555 0163";
    const doc = documentWith([
      { type: "keyFacts", items: [{ label: "Client", value: text(cell) }] },
    ]);
    const { tree } = await renderPart(doc);
    expect(findAll(tree, "w:bidi")).toHaveLength(0);
    expect(findAll(tree, "w:t").map((t) => t.text)).toContain("+1 213 555 0163");
  });

  it("refuses characters XML 1.0 forbids, naming the code point", async () => {
    const doc = documentWith([paragraph(...text("bell\u0007"))]);
    await expect(renderDocx(doc)).rejects.toThrow(IllegalXmlCharacterError);
    await expect(renderDocx(doc)).rejects.toThrow("U+0007");
  });
});

describe("isAllowedUrl", () => {
  it("allows only https: and mailto:", () => {
    expect(isAllowedUrl("https://example.com")).toBe(true);
    expect(isAllowedUrl("mailto:jane@example.com")).toBe(true);
    expect(isAllowedUrl("http://example.com")).toBe(false);
    expect(isAllowedUrl("javascript:alert(1)")).toBe(false);
    expect(isAllowedUrl("https://exa mple.com")).toBe(false);
  });
});

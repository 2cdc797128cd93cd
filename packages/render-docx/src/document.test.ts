import { describe, expect, it } from "vitest";
import { sampleDocument } from "@clausework/model";
import { documentWith, findAll, renderPart, textOf, valueOf } from "./test-support.js";

describe("document properties", () => {
  it("takes title, subject, author and both dates from meta, never the clock", async () => {
    const { tree } = await renderPart(sampleDocument, "docProps/core.xml");
    const value = (name: string) => findAll(tree, name)[0]?.text;
    expect(value("dc:title")).toBe("Services Agreement");
    expect(value("dc:subject")).toBe("Contract between Jane Doe Writing and Acme & Sons");
    expect(value("dc:creator")).toBe("Jane Doe Writing");
    expect(value("cp:lastModifiedBy")).toBe("Jane Doe Writing");
    expect(value("dcterms:created")).toBe("2027-01-15T00:00:00Z");
    expect(value("dcterms:modified")).toBe("2027-01-15T00:00:00Z");
  });

  it("sets the language, font, size and colour defaults from meta and the theme", async () => {
    const { tree } = await renderPart(documentWith([], { language: "de-CH" }), "word/styles.xml");
    const [defaults] = findAll(tree, "w:rPrDefault");
    if (defaults === undefined) throw new Error("no run defaults");
    expect(findAll([defaults], "w:lang")[0]?.attributes["w:val"]).toBe("de-CH");
    expect(findAll([defaults], "w:rFonts")[0]?.attributes["w:ascii"]).toBe("Inter");
    expect(valueOf(defaults, "w:sz")).toBe("21");
    expect(valueOf(defaults, "w:color")).toBe("1F2933");
  });

  it("names a right-to-left language for complex script too", async () => {
    const { tree } = await renderPart(documentWith([], { language: "he-IL" }), "word/styles.xml");
    expect(findAll(tree, "w:lang")[0]?.attributes).toMatchObject({
      "w:val": "he-IL",
      "w:bidi": "he-IL",
    });
  });

  it("defines the styles the body uses, with a header row style for tables", async () => {
    const { tree } = await renderPart(sampleDocument, "word/styles.xml");
    const ids = findAll(tree, "w:style").map((style) => style.attributes["w:styleId"]);
    for (const id of [
      "Title",
      "Subtitle",
      "Heading1",
      "Heading2",
      "Heading3",
      "ListParagraph",
      "ClauseworkTable",
    ]) {
      expect(ids).toContain(id);
    }
    const table = findAll(tree, "w:style").find(
      (style) => style.attributes["w:styleId"] === "ClauseworkTable",
    );
    const firstRow = table && findAll([table], "w:tblStylePr")[0];
    expect(firstRow?.attributes["w:type"]).toBe("firstRow");
    expect(firstRow && findAll([firstRow], "w:shd")[0]?.attributes["w:fill"]).toBe("E4E7EB");
  });
});

describe("page", () => {
  it.each([
    ["A4", "11906", "16838"],
    ["LETTER", "12240", "15840"],
  ] as const)("%s paper with the theme's margins", async (pageSize, width, height) => {
    const { tree } = await renderPart(documentWith([], { pageSize }));
    const size = findAll(tree, "w:pgSz")[0]?.attributes;
    expect(size).toMatchObject({ "w:w": width, "w:h": height });
    expect(findAll(tree, "w:pgMar")[0]?.attributes).toMatchObject({
      "w:top": "1280",
      "w:left": "1140",
    });
  });

  it("opens with the title and subtitle in their styles", async () => {
    const { tree } = await renderPart(sampleDocument);
    const [title, subtitle] = findAll(tree, "w:p");
    expect(title && [valueOf(title, "w:pStyle"), textOf(title)]).toEqual([
      "Title",
      "Services Agreement",
    ]);
    expect(subtitle && [valueOf(subtitle, "w:pStyle"), textOf(subtitle)]).toEqual([
      "Subtitle",
      "Weekly blog posts for Acme & Sons",
    ]);
  });

  it("has a header with the title and the parties, escaped", async () => {
    const { tree, xml } = await renderPart(sampleDocument, "word/header1.xml");
    expect(findAll(tree, "w:t").map((t) => t.text)).toEqual([
      "Services Agreement",
      "Jane Doe Writing · Acme & Sons <Ltd>",
    ]);
    expect(xml).toContain("Acme &amp; Sons &lt;Ltd&gt;");
    expect(findAll(tree, "w:tab").length).toBeGreaterThan(0);
  });

  it("sets the header right to left only when title and parties have no left-to-right letter", async () => {
    const bidiHeader = async (title: string, parties: string[]) => {
      const doc = { ...sampleDocument, meta: { ...sampleDocument.meta, title, parties } };
      return findAll((await renderPart(doc, "word/header1.xml")).tree, "w:bidi").length;
    };
    expect(await bidiHeader("Contract: אתר חדש", ["Jane Doe", "חברת שלום בע״מ"])).toBe(0);
    expect(await bidiHeader("חוזה: אתר חדש", ["Jane Doe", "חברת שלום בע״מ"])).toBe(0);
    expect(await bidiHeader("חוזה: אתר חדש", ["יעל כהן", "חברת שלום בע״מ"])).toBe(1);
  });

  it("has a footer 'Page X of Y' built from PAGE and NUMPAGES fields", async () => {
    const { tree } = await renderPart(sampleDocument, "word/footer1.xml");
    const fields = findAll(tree, "w:instrText").map((instruction) => instruction.text.trim());
    expect(fields).toEqual(["PAGE", "NUMPAGES"]);
    expect(findAll(tree, "w:t").map((t) => t.text)).toEqual(["Page ", " of "]);
  });
});

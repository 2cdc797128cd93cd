import { describe, expect, it } from "vitest";
import { Document } from "docx";
import {
  UnknownNodeError,
  paragraph,
  sampleDocument,
  type Block,
  type DocumentModel,
  type Inline,
} from "@clausework/model";
import { buildDocxDocument, renderDocx } from "./index.js";
import {
  documentWith,
  findAll,
  parseXml,
  partXml,
  renderPart,
  textOf,
  valueOf,
} from "./test-support.js";

describe("renderDocx on the sample document", () => {
  it("uses real heading styles, numbered by section", async () => {
    const { tree } = await renderPart(sampleDocument);
    const headings = findAll(tree, "w:p")
      .filter((p) => valueOf(p, "w:pStyle")?.startsWith("Heading"))
      .map((p) => `${valueOf(p, "w:pStyle")}: ${textOf(p)}`);
    expect(headings).toEqual([
      "Heading1: 1. What I will do",
      "Heading2: 1.1 What is not included",
      "Heading1: 2. Cost",
      "Heading1: 3. When",
    ]);
  });

  it("lists through numbering, breaks as <w:br/>, table headers as <w:tblHeader/>", async () => {
    const { tree } = await renderPart(sampleDocument);
    expect(findAll(tree, "w:numPr")).toHaveLength(5);
    expect(
      findAll(tree, "w:br").filter((br) => br.attributes["w:type"] === undefined),
    ).toHaveLength(2);
    expect(findAll(tree, "w:br").filter((br) => br.attributes["w:type"] === "page")).toHaveLength(
      1,
    );
    expect(findAll(tree, "w:tblHeader")).toHaveLength(2);
  });

  it("escapes hostile text and stays well-formed", async () => {
    const { xml, tree } = await renderPart(sampleDocument);
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt; | pipe");
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("Acme &amp; Sons &lt;Ltd&gt;");
    const texts = findAll(tree, "w:t").map((t) => t.text);
    expect(texts).toContain(
      "Literal *stars*, # hash, [brackets](x), <script>alert(1)</script> | pipe",
    );
    expect(texts.some((t) => t.includes("\n"))).toBe(false);
  });

  it("writes every XML part well-formed", async () => {
    const bytes = await renderDocx(sampleDocument);
    for (const part of [
      "[Content_Types].xml",
      "word/styles.xml",
      "word/numbering.xml",
      "word/header1.xml",
    ]) {
      expect(parseXml(partXml(bytes, part)).length).toBeGreaterThan(0);
    }
  });
});

describe("unknown nodes", () => {
  it("throws UnknownNodeError for a block type without a handler", async () => {
    const doc = documentWith([{ type: "chart" } as unknown as Block]);
    await expect(renderDocx(doc)).rejects.toThrow(UnknownNodeError);
    expect(() => buildDocxDocument(doc)).toThrow('no handler for document node type "chart"');
  });

  it("throws UnknownNodeError for an inline type without a handler", () => {
    const doc = documentWith([paragraph({ type: "footnote" } as unknown as Inline)]);
    expect(() => buildDocxDocument(doc)).toThrow(UnknownNodeError);
  });

  it("throws UnknownNodeError for a root that is not a document", () => {
    const doc = { ...sampleDocument, type: "book" } as unknown as DocumentModel;
    expect(() => buildDocxDocument(doc)).toThrow(UnknownNodeError);
  });
});

describe("buildDocxDocument", () => {
  it("gives the docx Document object", () => {
    expect(buildDocxDocument(sampleDocument)).toBeInstanceOf(Document);
  });
});

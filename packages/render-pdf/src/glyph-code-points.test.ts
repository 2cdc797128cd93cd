import { describe, expect, it } from "vitest";
import type { DocumentModel } from "@clausework/model";
import { face, mainFamily } from "./fonts.js";
import { renderPdf } from "./index.js";
import { pdfText, writeTemporaryPdf } from "./test-tools.js";

const apostrophe = 0x27;

const doc = (value: string): DocumentModel => ({
  type: "document",
  kind: "contract",
  meta: {
    id: "code-points",
    title: "Code points",
    subject: "Code points",
    author: "Ada Fenwick",
    parties: ["Ada Fenwick"],
    issuedOn: "2027-06-01",
    language: "en-GB",
    pageSize: "A4",
  },
  children: [{ type: "paragraph", children: [{ type: "text", value }] }],
});

describe("glyphs of the shared fonts", () => {
  it("leave an apostrophe copyable after a document that drew only double quotes", async () => {
    // Inter builds its double quote from two apostrophe glyphs; embedding that
    // subset asks the shared font for the apostrophe glyph without code points.
    await renderPdf(doc('Say "hello" twice.'));
    const path = writeTemporaryPdf(await renderPdf(doc("The client's logo.")), "apostrophe.pdf");
    expect(pdfText(path)).toContain("The client's logo.");
  });

  it("carry the code points each lookup asks for, whatever was asked before", () => {
    const font = face(mainFamily, "normal").font;
    const id = font.glyphForCodePoint(apostrophe).id;
    // As fontkit's subsetter asks for the parts of composite glyphs: no code points.
    expect(font.getGlyph(id).codePoints).toEqual([]);
    expect(font.getGlyph(id, [apostrophe]).codePoints).toEqual([apostrophe]);
    expect(font.getGlyph(id, [apostrophe]).isMark).toBe(false);
    expect(font.getGlyph(id, [apostrophe]).advanceWidth).toBe(font.getGlyph(id).advanceWidth);
  });
});

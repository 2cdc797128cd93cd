import { describe, expect, it } from "vitest";
import { paragraph, sampleDocument, section, text } from "@clausework/model";
import type { DocumentModel } from "@clausework/model";
import { checkGlyphCoverage, missingGlyphsReason, rightToLeftReason } from "./coverage.js";
import { MissingGlyphsError, renderPdf } from "./index.js";

const hebrew = "חברת שלום בע״מ";
const japanese = "株式会社テスト";

const foreign: DocumentModel = {
  ...sampleDocument,
  children: [
    { type: "keyFacts", items: [{ label: "Client", value: text(hebrew) }] },
    section("parties", "Parties", [paragraph(...text("Client: "), ...text(japanese))], "1"),
  ],
};

describe("checkGlyphCoverage", () => {
  it("finds nothing to report in the sample document", () => {
    expect(checkGlyphCoverage(sampleDocument)).toEqual([]);
  });

  it("reports Hebrew as right-to-left and CJK as missing glyphs, with code points and paths", () => {
    expect(checkGlyphCoverage(foreign)).toEqual([
      {
        text: hebrew,
        where: "children/0/items/0/value/0",
        codePoints: [
          "U+05D7",
          "U+05D1",
          "U+05E8",
          "U+05EA",
          "U+05E9",
          "U+05DC",
          "U+05D5",
          "U+05DD",
          "U+05E2",
          "U+05F4",
          "U+05DE",
        ],
        reason: rightToLeftReason,
      },
      {
        text: japanese,
        where: "children/1/children/0/children/1",
        codePoints: ["U+682A", "U+5F0F", "U+4F1A", "U+793E", "U+30C6", "U+30B9", "U+30C8"],
        reason: missingGlyphsReason,
      },
    ]);
  });

  it("checks structural strings too: titles, labels, signatories", () => {
    const doc: DocumentModel = {
      ...sampleDocument,
      meta: { ...sampleDocument.meta, title: "契約" },
      children: [section("s", "テスト", [])],
    };
    expect(checkGlyphCoverage(doc).map((gap) => gap.where)).toEqual([
      "meta/title",
      "children/0/title",
    ]);
  });

  it("accepts text that only the fallback font can draw", () => {
    const doc: DocumentModel = { ...sampleDocument, children: [paragraph(...text("☐ Done"))] };
    expect(checkGlyphCoverage(doc)).toEqual([]);
  });
});

describe("renderPdf with gaps", () => {
  it("refuses with MissingGlyphsError that lists every gap", async () => {
    const error: unknown = await renderPdf(foreign).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingGlyphsError);
    const gaps = (error as MissingGlyphsError).gaps;
    expect(gaps.map((gap) => gap.where)).toEqual([
      "children/0/items/0/value/0",
      "children/1/children/0/children/1",
    ]);
    expect((error as MissingGlyphsError).message).toContain("U+682A");
    expect((error as MissingGlyphsError).code).toBe("PDF_MISSING_GLYPHS");
  });
});

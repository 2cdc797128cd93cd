import { describe, expect, it } from "vitest";
import { paragraph, sampleDocument, section, text } from "@clausework/model";
import type { DocumentModel } from "@clausework/model";
import { checkGlyphCoverage, missingGlyphsReason } from "./coverage.js";
import { MissingGlyphsError, renderPdf } from "./index.js";

const hebrew = "חברת שלום בע״מ";
// Hangul: no embedded font has it (Noto Sans JP draws Japanese and Chinese only).
const korean = "한국회사";

const foreign: DocumentModel = {
  ...sampleDocument,
  children: [
    { type: "keyFacts", items: [{ label: "Client", value: text(hebrew) }] },
    section("parties", "Parties", [paragraph(...text("Client: "), ...text(korean))], "1"),
  ],
};

describe("checkGlyphCoverage", () => {
  it("finds nothing to report in the sample document", () => {
    expect(checkGlyphCoverage(sampleDocument)).toEqual([]);
  });

  it("reports Hangul as missing glyphs, with code points and paths; Hebrew is drawn", () => {
    expect(checkGlyphCoverage(foreign)).toEqual([
      {
        text: korean,
        where: "children/1/children/0/children/1",
        codePoints: ["U+D55C", "U+AD6D", "U+D68C", "U+C0AC"],
        reason: missingGlyphsReason,
      },
    ]);
  });

  it("checks structural strings too: titles, labels, signatories", () => {
    const doc: DocumentModel = {
      ...sampleDocument,
      meta: { ...sampleDocument.meta, title: "계약" },
      children: [section("s", "테스트", [])],
    };
    expect(checkGlyphCoverage(doc).map((gap) => gap.where)).toEqual([
      "meta/title",
      "children/0/title",
    ]);
  });

  it("accepts text that only the fallback fonts can draw, and bidi controls", () => {
    const doc: DocumentModel = {
      ...sampleDocument,
      children: [
        paragraph(
          ...text("☐ Done for 株式会社テスト 中文字符 חברת שלום تصميم الموقع \u2067x\u2069\u061c"),
        ),
      ],
    };
    expect(checkGlyphCoverage(doc)).toEqual([]);
  });
});

describe("renderPdf with gaps", () => {
  it("refuses with MissingGlyphsError that names the field", async () => {
    const error: unknown = await renderPdf(foreign).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingGlyphsError);
    const gaps = (error as MissingGlyphsError).gaps;
    expect(gaps.map((gap) => gap.where)).toEqual(["children/1/children/0/children/1"]);
    expect((error as MissingGlyphsError).message).toContain("U+D55C");
    expect((error as MissingGlyphsError).code).toBe("PDF_MISSING_GLYPHS");
  });
});

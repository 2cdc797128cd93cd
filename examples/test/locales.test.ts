// validate refuses a locale exactly when the PDF could not print its dates and
// numbers: over many locales and every document of a full example, an accepted
// locale leaves no glyph gap in the document models, and a refused one would.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generate } from "@clausework/generator";
import { checkGlyphCoverage } from "@clausework/render-pdf";
import { validate, type Engagement } from "@clausework/schema";
import { engagementsDirectory } from "./build-example.js";

// Many scripts and conventions: Latin with diacritics, Greek, Cyrillic, Armenian,
// Georgian, CJK, Indic, Southeast Asian, Ethiopic, right-to-left, other calendars.
const LOCALES = [
  ...["en-GB", "en-US", "en-IN", "de-CH", "fr-FR", "fr-CA", "es-419", "pt-BR", "it-IT", "nl-NL"],
  ...["pl-PL", "cs-CZ", "ro-RO", "hu-HU", "tr-TR", "vi-VN", "az-AZ", "sq-AL", "fi-FI", "is-IS"],
  ...["el-GR", "ru-RU", "uk-UA", "bg-BG", "sr-Cyrl-RS", "sr-Latn-RS", "kk-KZ", "mn-MN", "be-BY"],
  ...["hy-AM", "ka-GE", "ja-JP", "zh-CN", "zh-Hant-TW", "ko-KR", "hi-IN", "bn-BD", "ta-IN"],
  ...["mr-IN", "ne-NP", "th-TH", "lo-LA", "km-KH", "my-MM", "am-ET", "he-IL", "ar-EG", "ar-SA"],
  ...["fa-IR", "ur-PK", "ps-AF", "sw-KE", "yo-NG", "zu-ZA", "ms-MY", "id-ID", "fil-PH", "haw"],
];

const full = JSON.parse(
  readFileSync(new URL("va-retainer-handover.json", engagementsDirectory), "utf8"),
) as Engagement;

function gapsIn(engagement: Engagement): string[] {
  return generate(engagement).documents.flatMap(({ kind, model }) =>
    checkGlyphCoverage(model).map((gap) => `${kind} ${gap.where}: ${gap.text}`),
  );
}

describe("locales and the PDF fonts", () => {
  it.each(LOCALES)("%s: refused by validate exactly when the PDF has gaps", (locale) => {
    const engagement = { ...full, locale };
    const result = validate(JSON.stringify(engagement));
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    const gaps = gapsIn(engagement);
    if (result.ok) expect(gaps).toEqual([]);
    else {
      expect(errors).toMatchObject([{ code: "LOCALE_NOT_PRINTABLE", pointer: "/locale" }]);
      expect(gaps.length).toBeGreaterThan(0);
    }
  });

  it("covers both outcomes", () => {
    const refused = LOCALES.filter((locale) => !validate(JSON.stringify({ ...full, locale })).ok);
    expect(refused).toContain("ko-KR");
    expect(refused).not.toContain("en-GB");
  });
});

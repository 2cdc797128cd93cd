import { describe, expect, it } from "vitest";
import { engagementWith } from "./test-engagement.js";
import { validateValue } from "./validate.js";

const diagnosticsOf = (locale: string, currency = "EUR") =>
  validateValue(engagementWith(["/locale", locale], ["/currency", currency])).diagnostics;

describe("locales the PDF can print", () => {
  it.each(["en-GB", "en-US", "de-DE", "fr-FR", "vi-VN", "ru-RU", "el-GR", "sr-Cyrl-RS", "hy-AM"])(
    "accept %s",
    (locale) => {
      expect(diagnosticsOf(locale)).toEqual([]);
    },
  );

  it("refuse ko-KR, naming the characters and an English locale of the same region", () => {
    expect(diagnosticsOf("ko-KR")).toEqual([
      {
        severity: "error",
        code: "LOCALE_NOT_PRINTABLE",
        pointer: "/locale",
        message: expect.stringMatching(
          /^locale ko-KR writes dates and numbers such as "2027년 1월 28일" with characters the PDF cannot show \(U\+B144 /,
        ) as unknown,
        hint: 'the documents are written in English, and the PDF fonts draw Latin, Greek, Cyrillic, Hebrew and Arabic letters, Japanese and Chinese characters and a few other scripts; use an English locale such as "en-KR" or "en-GB"',
      },
    ]);
  });

  it("accept ja-JP and zh-CN: Noto Sans JP draws their dates in the PDF", () => {
    expect(diagnosticsOf("ja-JP")).toEqual([]);
    expect(diagnosticsOf("zh-CN")).toEqual([]);
  });

  it.each([
    ["th-TH", "28 มกราคม 2570"],
    ["ko-KR", "2027년 1월 28일"],
    ["hi-IN", "28 जनवरी 2027"],
  ])("refuse %s (%s)", (locale, example) => {
    const [diagnostic, ...rest] = diagnosticsOf(locale);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({ code: "LOCALE_NOT_PRINTABLE", pointer: "/locale" });
    expect(diagnostic?.message).toContain(`"${example}"`);
  });

  it("accept right-to-left locales: the PDF draws and orders their text", () => {
    // Hebrew months, Persian calendar and digits, Arabic-Indic digits.
    for (const locale of ["he-IL", "fa-IR", "ar-EG"]) expect(diagnosticsOf(locale)).toEqual([]);
  });

  it("suggest English of both kinds for a locale without a region", () => {
    expect(diagnosticsOf("ko")[0]?.hint).toMatch(/"en-GB" or "en-US"$/);
  });

  it("check the currency as the locale writes it", () => {
    // en-IN writes rupees with ₹ (U+20B9), which the fonts have.
    expect(diagnosticsOf("en-IN", "INR")).toEqual([]);
  });

  it("keep the warning for a locale the runtime does not know", () => {
    expect(diagnosticsOf("qq-ZZ")).toMatchObject([
      { severity: "warning", code: "UNSUPPORTED_LOCALE" },
    ]);
  });
});

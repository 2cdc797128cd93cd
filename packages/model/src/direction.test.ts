import { describe, expect, it } from "vitest";
import { paragraph, text } from "./builders.js";
import {
  isolate,
  isolatedRuns,
  replaceIsolates,
  isRightToLeftListItem,
  isRightToLeftParagraph,
  paragraphDirection,
  rightToLeftScripts,
} from "./direction.js";

describe("isRightToLeftParagraph", () => {
  it.each([
    ["a Hebrew name alone", "חברת שלום בע״מ"],
    ["Hebrew with digits and punctuation", "מחיר 123 שקלים, ₪3.50 לשעה (כולל מע״מ)"],
    ["Arabic with Arabic-Indic digits", "الصفحة ١٢٣ من ٤٥٦"],
    ["Hebrew over several lines", "חברת שלום\nרחוב הרצל 5\n03-555-0163"],
    ["Syriac", "ܫܠܡܐ"],
    ["Thaana", "ދިވެހި"],
    ["N'Ko", "ߒߞߏ"],
    ["Adlam", "𞤀𞤣𞤤𞤢𞤥"],
    ["digits after a right-to-left mark", "\u200f123"],
  ])("is right to left for %s", (_name, text) => {
    expect(isRightToLeftParagraph(text)).toBe(true);
    expect(paragraphDirection(text)).toBe("rtl");
  });

  it.each([
    ["English", "Acme & Sons, 3 March"],
    [
      "a Hebrew name over an English address",
      "חברת שלום בע״מ\nSuite 5, 1 Main St\n+1 213 555 0163",
    ],
    ["an Arabic title with one Latin letter", "تصميم الموقع v2 — 3 صفحات"],
    ["an English line with a Hebrew name", "The client חברת שלום signs."],
    ["Japanese (left to right)", "東京 שלום"],
    ["Hebrew with a left-to-right mark", "שלום\u200e"],
    ["only digits and punctuation", "+1 213 555 0163"],
    ["Arabic-Indic digits alone (not letters)", "١٢٣"],
    ["Hebrew points alone (marks, not letters)", "\u05b4\u05b7"],
    ["nothing", ""],
  ])("is left to right for %s", (_name, text) => {
    expect(isRightToLeftParagraph(text)).toBe(false);
    expect(paragraphDirection(text)).toBe("ltr");
  });

  it("lists scripts the regular expression engine knows", () => {
    expect(() => new RegExp(`[${rightToLeftScripts}]`, "u")).not.toThrow();
    expect(new RegExp(`[${rightToLeftScripts}]`, "u").test("a")).toBe(false);
  });
});

describe("isRightToLeftListItem", () => {
  it("is true for an item that is one right-to-left paragraph only", () => {
    expect(isRightToLeftListItem({ children: [paragraph(...text("אירוח האתר"))] })).toBe(true);
    expect(isRightToLeftListItem({ children: [paragraph(...text("Copywriting"))] })).toBe(false);
    expect(
      isRightToLeftListItem({ children: [paragraph(...text("تصميم الموقع v2 — 3 صفحات"))] }),
    ).toBe(false);
    // Two blocks keep the list's direction, whatever they say.
    expect(
      isRightToLeftListItem({
        children: [paragraph(...text("אירוח")), paragraph(...text("שלום"))],
      }),
    ).toBe(false);
    expect(isRightToLeftListItem({ children: [] })).toBe(false);
  });
});

describe("isolate", () => {
  it("sets apart a value with right-to-left letters, in the direction it has as a paragraph", () => {
    expect(isolate("חברת שלום בע״מ")).toBe("\u2067חברת שלום בע״מ\u2069");
    expect(isolate("تصميم الموقع v2 — 3 صفحات")).toBe("\u2066تصميم الموقع v2 — 3 صفحات\u2069");
  });

  it.each(["Acme & Sons", "株式会社テスト", "", "123"])("leaves %j as it is", (value) => {
    expect(isolate(value)).toBe(value);
  });
});

describe("isolatedRuns", () => {
  it("splits text at the isolates that isolate made, with their directions", () => {
    const text = `${isolate("תרבח")}: 5 pages, ${isolate("عربي v2")}.`;
    expect(isolatedRuns(text)).toEqual([
      { text: "תרבח", isolate: "rtl" },
      { text: ": 5 pages, " },
      { text: "عربي v2", isolate: "ltr" },
      { text: "." },
    ]);
  });

  it("leaves unmatched isolate controls in the text", () => {
    expect(isolatedRuns("a\u2069b\u2066c")).toEqual([{ text: "a\u2069b\u2066c" }]);
    expect(isolatedRuns("")).toEqual([{ text: "" }]);
  });

  it("replaceIsolates swaps every isolate control for the given text", () => {
    expect(replaceIsolates(`x ${isolate("שלום")} y`, "\u200e")).toBe("x \u200eשלום\u200e y");
  });
});

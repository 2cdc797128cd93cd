import { describe, expect, it } from "vitest";
import { paragraph, text } from "./builders.js";
import {
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

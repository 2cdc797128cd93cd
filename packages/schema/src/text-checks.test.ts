import { describe, expect, it } from "vitest";
import { checkText } from "./text-checks.js";

const codes = (value: string, kind: "name" | "line" | "text" = "name") =>
  checkText(value, kind, "/x").map((problem) => problem.code);

describe("checkText", () => {
  it("accepts ordinary text in every script the PDF fonts draw", () => {
    for (const value of [
      "Acme GmbH",
      "Ærøskøbing – “café”",
      "חברת שלום",
      "تصميم الموقع v2",
      "株式会社テスト",
    ]) {
      expect(codes(value), value).toEqual([]);
    }
    // Beside the noncharacters (U+FDD0 to U+FDEF), not one: only the PDF lacks it.
    expect(codes("\ufdfd")).toEqual(["PDF_MISSING_GLYPHS"]);
  });

  it("warns, and only warns, of characters no PDF font draws, naming each once", () => {
    for (const [value, listed] of [
      ["👩‍💻 studio", "👩 (U+1F469), 💻 (U+1F4BB)"],
      ["한국 디자인", "한 (U+D55C), 국 (U+AD6D), 디 (U+B514) and 2 more"],
      ["𒀫 𒀫", "𒀫 (U+1202B)"],
      ["สวัสดี", "ส (U+0E2A), ว (U+0E27), ั (U+0E31) and 2 more"],
    ]) {
      expect(checkText(value as string, "text", "/project/title")).toEqual([
        {
          code: "PDF_MISSING_GLYPHS",
          message: `/project/title has characters no PDF font draws: ${listed}; a PDF that shows it would fail`,
          hint: "HTML, DOCX and Markdown show them with the reader's fonts; remove them, or build without PDF (--format html,docx,md)",
          warning: true,
        },
      ]);
    }
  });

  it("does not also warn of a character it refuses", () => {
    expect(codes("a\u0001b")).toEqual(["CONTROL_CHARACTER"]);
    expect(codes("a\u0001🚀")).toEqual(["CONTROL_CHARACTER", "PDF_MISSING_GLYPHS"]);
  });

  it.each([
    ["\u0000", "U+0000", 1],
    ["ab\u001f", "U+001F", 3],
    ["\u007f", "U+007F", 1],
    ["x\u0085", "U+0085", 2],
  ])("rejects the control character in %j", (value, label, position) => {
    const [problem] = checkText(value, "text", "/x");
    expect(problem?.code).toBe("CONTROL_CHARACTER");
    expect(problem?.message).toBe(
      `/x contains an invisible control character (${label}) at position ${position}; please retype or remove it.`,
    );
  });

  it("allows tab and line feed", () => {
    expect(codes("a\tb\nc", "text")).toEqual([]);
  });

  it("counts positions in characters, not UTF-16 units", () => {
    expect(checkText("😀😀\u0000", "text", "/x")[0]?.message).toContain("at position 3");
  });

  it.each(["\ufdd0", "\ufdef", "\ufffe", "\uffff", "\u{1fffe}", "\u{10ffff}", "\ud800", "x\udc00"])(
    "rejects the noncharacter or lone surrogate %j",
    (value) => {
      expect(codes(value, "text")).toEqual(["NONCHARACTER"]);
    },
  );

  it.each([
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
  ])("rejects the bidi control %j everywhere", (char) => {
    for (const kind of ["name", "line", "text"] as const)
      expect(codes(`a${char}b`, kind)).toEqual(["BIDI_CONTROL"]);
  });

  it("applies the invisible-character policy by kind", () => {
    for (const char of ["\u200b", "\u2060", "\ufeff"]) {
      expect(codes(`a${char}b`, "name")).toEqual(["INVISIBLE_CHARACTER"]);
      expect(codes(`a${char}b`, "line")).toEqual(["INVISIBLE_CHARACTER"]);
      expect(codes(`a${char}b`, "text")).toEqual([]);
    }
    expect(codes("a\u00adb", "name")).toEqual(["INVISIBLE_CHARACTER"]);
    expect(codes("a\u00adb", "line")).toEqual([]);
    expect(codes("a\u200db", "name")).toEqual([]);
  });

  it("reports blank text, but leaves empty text to minLength", () => {
    expect(codes(" \t ")).toEqual(["BLANK_TEXT"]);
    expect(codes("")).toEqual([]);
  });

  it("warns about line breaks outside free text", () => {
    const [problem] = checkText("Acme\n\n# 7. Payment terms waived", "name", "/client/name");
    expect(problem).toMatchObject({ code: "LINE_BREAK", warning: true });
    expect(codes("a\nb", "text")).toEqual([]);
  });

  it("reports each kind of problem once, at its first occurrence", () => {
    const problems = checkText("\u0000\u0001\u202e", "name", "/x");
    expect(problems.map((problem) => problem.code)).toEqual(["CONTROL_CHARACTER", "BIDI_CONTROL"]);
    expect(problems[0]?.message).toContain("at position 1");
  });
});

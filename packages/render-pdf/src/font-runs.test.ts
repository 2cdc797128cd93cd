import { describe, expect, it } from "vitest";
import { familyFor, fontRuns, undrawable } from "./font-runs.js";

describe("fontRuns", () => {
  it("keeps text Inter can draw in one Inter run", () => {
    expect(fontRuns("Acme & Sons <Ltd> £4,800.00 → ✓")).toEqual([
      { text: "Acme & Sons <Ltd> £4,800.00 → ✓", family: "Inter" },
    ]);
  });

  it("switches to DejaVu Sans only for the characters Inter lacks", () => {
    // U+2610 (ballot box) and Georgian letters are in DejaVu Sans, not in Inter.
    expect(fontRuns("☐ Done, ანა")).toEqual([
      { text: "☐ ", family: "DejaVu Sans" },
      { text: "Done, ", family: "Inter" },
      { text: "ანა", family: "DejaVu Sans" },
    ]);
  });

  it("leaves characters no font has in the main family (the coverage check reports them)", () => {
    expect(fontRuns("株式会社")).toEqual([{ text: "株式会社", family: "Inter" }]);
  });
});

describe("familyFor and undrawable", () => {
  it("knows which family covers a character", () => {
    expect(familyFor("a")).toBe("Inter");
    expect(familyFor("☐")).toBe("DejaVu Sans");
    // DejaVu Sans has the Hebrew letters (the coverage check still refuses them: right-to-left).
    expect(familyFor("ש")).toBe("DejaVu Sans");
    expect(familyFor("株")).toBeUndefined();
  });

  it("lists each undrawable code point once, and never spaces", () => {
    expect(undrawable("テスト テスト\u00a0\u3000")).toEqual([0x30c6, 0x30b9, 0x30c8]);
    expect(undrawable("plain text\ttab")).toEqual([]);
  });
});

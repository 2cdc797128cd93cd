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

  it("draws Japanese and Chinese with Noto Sans JP, the spaces after them included", () => {
    expect(fontRuns("Acme 株式会社 中文 Ltd")).toEqual([
      { text: "Acme ", family: "Inter" },
      { text: "株式会社 中文 ", family: "Noto Sans JP" },
      { text: "Ltd", family: "Inter" },
    ]);
  });

  it("draws Hebrew with DejaVu Sans and Arabic with DejaVu Sans's upright faces", () => {
    expect(fontRuns("Client: חברת שלום, تصميم الموقع v2")).toEqual([
      { text: "Client: ", family: "Inter" },
      { text: "חברת שלום", family: "DejaVu Sans" },
      { text: ", ", family: "Inter" },
      { text: "تصميم الموقع ", family: "DejaVu Sans Upright" },
      { text: "v2", family: "Inter" },
    ]);
  });

  it("leaves characters no font has in the main family (the coverage check reports them)", () => {
    expect(fontRuns("한국회사")).toEqual([{ text: "한국회사", family: "Inter" }]);
  });
});

describe("familyFor and undrawable", () => {
  it("knows which family covers a character", () => {
    expect(familyFor("a")).toBe("Inter");
    expect(familyFor("☐")).toBe("DejaVu Sans");
    expect(familyFor("ש")).toBe("DejaVu Sans");
    // DejaVu Sans's oblique faces lack Arabic: the upright-only family draws it.
    expect(familyFor("ت")).toBe("DejaVu Sans Upright");
    expect(familyFor("株")).toBe("Noto Sans JP");
    expect(familyFor("한")).toBeUndefined();
  });

  it("lists each undrawable code point once, and never spaces", () => {
    expect(undrawable("테스트 테스트\u00a0\u3000")).toEqual([0xd14c, 0xc2a4, 0xd2b8]);
    expect(undrawable("plain text\ttab")).toEqual([]);
  });
});

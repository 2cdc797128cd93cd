import { describe, expect, it } from "vitest";
import type { Content } from "pdfmake/interfaces.js";
import { applyPageBreaks, dropTrailingPageBreak, renderPageBreak } from "./page-break.js";

const marker = (): Content => renderPageBreak({ type: "pageBreak" }, {} as never)[0] ?? "";

describe("page breaks", () => {
  it("become pageBreak before on the next node", () => {
    expect(applyPageBreaks(["a", marker(), "b"])).toEqual([
      "a",
      { stack: ["b"], pageBreak: "before" },
    ]);
  });

  it("collapse when two follow each other", () => {
    expect(applyPageBreaks([marker(), marker(), "b"])).toEqual([
      { stack: ["b"], pageBreak: "before" },
    ]);
  });

  it("wait at the end of a list for the enclosing list, and vanish at the document end", () => {
    const inner = applyPageBreaks(["a", marker()]);
    expect(inner).toHaveLength(2);
    expect(applyPageBreaks([...inner, "b"])).toEqual(["a", { stack: ["b"], pageBreak: "before" }]);
    expect(dropTrailingPageBreak(inner)).toEqual(["a"]);
  });

  it("never treat an ordinary empty text as a break", () => {
    expect(applyPageBreaks([{ text: "", pageBreak: "before" }, "b"])).toHaveLength(2);
  });
});

import { describe, expect, it } from "vitest";
import { renderBlocks } from "./test-render.js";

describe("pageBreak", () => {
  it("renders an empty div that breaks before itself in print", () => {
    expect(renderBlocks({ type: "pageBreak" })).toBe(
      '<div class="page-break" style="break-before: page"></div>',
    );
  });
});

import { notice, paragraph, text } from "@clausework/model";
import type { NoticeTone } from "@clausework/model";
import { describe, expect, it } from "vitest";
import { renderBlocks } from "./test-render.js";

describe("notice", () => {
  it("renders an <aside role=note> with the tone class and the title first", () => {
    expect(renderBlocks(notice("warning", [paragraph(...text("Pay on time."))], "Reminder"))).toBe(
      [
        '<aside role="note" class="notice notice-warning">',
        '  <p class="notice-title">Reminder</p>',
        "  <p>Pay on time.</p>",
        "</aside>",
      ].join("\n"),
    );
  });

  it("has no title paragraph when the model has no title", () => {
    expect(renderBlocks(notice("info", []))).toBe(
      '<aside role="note" class="notice notice-info"></aside>',
    );
  });

  it("refuses a tone outside the fixed set", () => {
    expect(() => renderBlocks(notice("danger" as NoticeTone, []))).toThrow(/unknown notice tone/);
  });
});

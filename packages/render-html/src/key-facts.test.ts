import { strong, text } from "@clausework/model";
import { describe, expect, it } from "vitest";
import { renderBlocks } from "./test-render.js";

describe("keyFacts", () => {
  it("renders a <dl> with one dt/dd pair per fact, line breaks as <br>", () => {
    const html = renderBlocks({
      type: "keyFacts",
      items: [
        { label: "Client", value: text("Acme\nLondon") },
        { label: "Fee", value: [strong(...text("£1"))] },
      ],
    });
    expect(html).toBe(
      [
        '<dl class="key-facts">',
        '  <div class="key-fact">',
        "    <dt>Client</dt>",
        "    <dd>Acme<br>",
        "      London</dd>",
        "  </div>",
        '  <div class="key-fact">',
        "    <dt>Fee</dt>",
        "    <dd><strong>£1</strong></dd>",
        "  </div>",
        "</dl>",
      ].join("\n"),
    );
  });
});

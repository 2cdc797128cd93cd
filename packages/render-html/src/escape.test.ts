import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escape.js";

describe("escapeHtml", () => {
  it("escapes the five characters that can start markup or end an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("escapes an existing entity again so it prints as typed", () => {
    expect(escapeHtml("&amp; &#60;")).toBe("&amp;amp; &amp;#60;");
  });

  it("leaves other text, including non-Latin scripts, unchanged", () => {
    expect(escapeHtml("שלום {{constructor}} £4,800 *x* #")).toBe(
      "שלום {{constructor}} £4,800 *x* #",
    );
  });
});

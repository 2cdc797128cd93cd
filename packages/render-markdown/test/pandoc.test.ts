// Real-client checks with pandoc: the sample reads back with every word, and
// hostile text stays text in pandoc's HTML.
import { sampleDocument } from "@clausework/model";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../src/index.js";
import { hostileDocument, hostileValues } from "./hostile.js";
import { pandoc } from "./pandoc.js";
import { visibleWords, wordCounts, words } from "./visible-words.js";

describe("pandoc -f gfm", () => {
  it("reads the sample back to plain text with every word of the model, as often as it occurs", () => {
    const plain = wordCounts(words(pandoc(renderMarkdown(sampleDocument), "plain")));
    const missing = [...wordCounts(visibleWords(sampleDocument))].filter(
      ([word, count]) => (plain.get(word) ?? 0) < count,
    );
    expect(missing).toEqual([]);
  });

  it("keeps the sample's hostile text as text", () => {
    const html = pandoc(renderMarkdown(sampleDocument), "html");
    expect(html).toContain(
      "Literal *stars*, # hash, [brackets](x), &lt;script&gt;alert(1)&lt;/script&gt; | pipe",
    );
    expect(html).toContain("Acme &amp; Sons &lt;Ltd&gt;");
  });

  it.each(hostileValues)("creates no element from hostile text %j", (value) => {
    const html = pandoc(renderMarkdown(hostileDocument(value)), "html");
    expect(html).not.toMatch(/<(script|img|code|pre|del|h3|h4|hr|ol|input|sup)\b/);
    expect(html.match(/<a\b/g)).toHaveLength(1);
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    expect(html.match(/<h2\b/g)).toHaveLength(1);
    expect(html.match(/<em>/g)).toHaveLength(1);
    expect(html.match(/<strong>/g)).toHaveLength(4);
  });
});

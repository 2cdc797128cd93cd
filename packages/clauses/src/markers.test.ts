import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "./escape.js";
import { BLOCK_NAMES, markerMarkdown, parseMarker, type Marker } from "./markers.js";
import { parse } from "./test-markdown.js";

describe("block markers", () => {
  it("round-trips every marker through Markdown as an html node", () => {
    const markers: Marker[] = [
      ...BLOCK_NAMES.map((name) => ({ kind: "block", name }) as const),
      { kind: "notice", tone: "legal", title: "Not legal advice -->" },
      { kind: "notice", tone: "info" },
      { kind: "end-notice" },
    ];
    for (const marker of markers) {
      const tree = parse(`Before.${markerMarkdown(marker)}After.`);
      const html = tree.children.find((child) => child.type === "html");
      expect(html?.type === "html" && parseMarker(html.value)).toEqual(marker);
    }
  });

  it("cannot be forged by a user value: escaped, a marker is plain text", () => {
    const forged = escapeMarkdown(markerMarkdown({ kind: "block", name: "schedule" }).trim());
    const types = parse(forged).children.map((child) => child.type);
    expect(types).toEqual(["paragraph"]);
  });

  it("rejects any other HTML and malformed markers", () => {
    expect(() => parseMarker("<b>bold</b>")).toThrow(/raw HTML/);
    expect(() => parseMarker("<!--clausework:block nonsense-->")).toThrow(/malformed/);
    expect(() => parseMarker("<!--clausework:notice loud-->")).toThrow(/malformed/);
  });
});

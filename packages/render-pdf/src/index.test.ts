import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  UnknownNodeError,
  link,
  strong,
  paragraph,
  sampleDocument,
  section,
  text,
} from "@clausework/model";
import type { Block, DocumentModel } from "@clausework/model";
import { toPdfDefinition } from "./index.js";

const goldenPath = new URL("../test/goldens/sample.pdfmake.json", import.meta.url);

function withChildren(children: readonly unknown[]): DocumentModel {
  return { ...sampleDocument, children: children as Block[] };
}

describe("toPdfDefinition", () => {
  it("matches the golden definition of the sample document", () => {
    const json = `${JSON.stringify(toPdfDefinition(sampleDocument), null, 2)}\n`;
    if (process.env.UPDATE_GOLDENS === "1") writeFileSync(goldenPath, json);
    expect(json).toBe(readFileSync(goldenPath, "utf8"));
  });

  it("is plain JSON: no functions, dates or undefined survive a round trip differently", () => {
    const definition = toPdfDefinition(sampleDocument);
    expect(JSON.parse(JSON.stringify(definition))).toStrictEqual(definition);
  });

  it("takes the page size and metadata from the document", () => {
    const definition = toPdfDefinition({
      ...sampleDocument,
      meta: { ...sampleDocument.meta, pageSize: "LETTER" },
    });
    expect(definition.pageSize).toBe("LETTER");
    expect(definition.language).toBe("en-GB");
    expect(definition.info).toMatchObject({ creator: "Clausework", title: "Services Agreement" });
  });

  it("throws UnknownNodeError for an unknown block, also when nested", () => {
    const unknown = { type: "video", url: "https://example.com" };
    expect(() => toPdfDefinition(withChildren([unknown]))).toThrow(UnknownNodeError);
    const nested = section("s", "S", [unknown as unknown as Block]);
    expect(() => toPdfDefinition(withChildren([nested]))).toThrow(/no handler.*"video"/);
    // A name that exists on every object is not a handler either.
    expect(() => toPdfDefinition(withChildren([{ type: "constructor" }]))).toThrow(
      UnknownNodeError,
    );
  });

  it("throws UnknownNodeError for an unknown inline", () => {
    const bad = { type: "paragraph", children: [{ type: "footnote", value: "x" }] };
    expect(() => toPdfDefinition(withChildren([bad]))).toThrow(UnknownNodeError);
  });

  it("links https: and mailto: only; anything else prints as plain text", () => {
    const definition = toPdfDefinition(
      withChildren([
        paragraph(
          link("javascript:alert(1)", text("click")),
          link("http://example.com", text("plain")),
          link("https://example.com", text("safe")),
        ),
      ]),
    );
    expect(definition.content).toContainEqual({
      text: ["click", "plain", { text: "safe", link: "https://example.com", style: "link" }],
      style: "paragraph",
    });
  });

  it("turns a page break into pageBreak before the next node, and drops one at the end", () => {
    const body = toPdfDefinition(
      withChildren([
        section("a", "A", [paragraph(...text("in A")), { type: "pageBreak" }]),
        paragraph(...text("after")),
        { type: "pageBreak" },
      ]),
    ).content as unknown[];
    expect(JSON.stringify(body)).not.toContain('"text":""');
    expect(body.at(-1)).toEqual({
      stack: [{ text: "after", style: "paragraph" }],
      pageBreak: "before",
    });
  });

  it("refuses a table row with more cells than columns rather than drop text", () => {
    const table = {
      type: "table",
      columns: [{ header: "Only", align: "left" }],
      rows: [[text("one"), text("two")]],
    };
    expect(() => toPdfDefinition(withChildren([table]))).toThrow(/row 0 has 2 cells for 1 columns/);
  });

  it("puts zero-width spaces into an overlong word, across the pieces it runs through", () => {
    const word = `${"a".repeat(152)}${"b".repeat(148)}`;
    const definition = toPdfDefinition(
      withChildren([paragraph(strong(...text("a".repeat(152))), ...text(`${"b".repeat(148)}.`))]),
    );
    const node = definition.content as { text?: unknown }[];
    const leaves = node.at(-1)?.text as ({ text: string } | string)[];
    const texts = leaves.map((leaf) => (typeof leaf === "string" ? leaf : leaf.text));
    // The text is unchanged but for the zero-width spaces, one after every 8 characters.
    expect(texts.join("").replaceAll("\u200b", "")).toBe(`${word}.`);
    expect(
      texts
        .join("")
        .split("\u200b")
        .map((piece) => piece.length),
    ).toEqual([...Array<number>(37).fill(8), 5]);
    // The bold piece (19 times 8 letters) keeps its mark, and the space after it ends it.
    expect(leaves[0]).toMatchObject({ bold: true });
    expect(texts[0]?.endsWith("\u200b")).toBe(true);
  });
});

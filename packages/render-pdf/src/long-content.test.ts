// Long content through real clients (pdftotext, pdfinfo): an overlong word, a
// table row taller than a page and a signature block taller than a page print
// every character, and the line bound used to decide what may be kept on one
// page is never below what pdfmake lays out.
import { describe, expect, it } from "vitest";
import { paragraph, sampleDocument, section, text } from "@clausework/model";
import type { Block, DocumentModel, Signatures, Table } from "@clausework/model";
import { theme } from "@clausework/theme";
import { contentWidth } from "./document.js";
import { renderPdf, toPdfDefinition } from "./index.js";
import { lineBound } from "./text-measure.js";
import { pdfText, runTool, writeTemporaryPdf } from "./test-tools.js";

const withChildren = (children: Block[]): DocumentModel => ({ ...sampleDocument, children });

async function textOf(doc: DocumentModel): Promise<{ text: string; pages: number }> {
  const path = writeTemporaryPdf(await renderPdf(doc));
  const info = runTool("pdfinfo", [path]).stdout;
  return { text: pdfText(path), pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

const furniture = [sampleDocument.meta.title, sampleDocument.meta.subtitle];

/** Body lines of pdftotext output: no title block, running header, footer or blank line. */
function bodyLines(output: string): string[] {
  return output
    .split(/\n|\f/)
    .filter((line) => line.trim() !== "")
    .filter((line) => !furniture.includes(line) && !/^Page \d+ of \d+$/.test(line));
}

const table = (cell: string): Table => ({
  type: "table",
  columns: [
    { header: "Item", align: "left" },
    { header: "Note", align: "left" },
  ],
  rows: [
    [text("short"), text("short")],
    [text("long"), text(cell)],
  ],
});

describe("long content in the PDF", () => {
  it("prints a 3,000-character word whole, wrapped at the margin", async () => {
    const word = "x".repeat(3000);
    const { text: output } = await textOf(withChildren([paragraph(...text(word))]));
    const lines = bodyLines(output.replaceAll("\u200b", ""));
    expect(lines.join("")).toBe(word);
    // 3,000 letters take dozens of lines, none of them left nearly empty.
    expect(lines.length).toBeGreaterThan(20);
    expect(Math.min(...lines.slice(0, -1).map((line) => line.length))).toBeGreaterThan(60);
  });

  it.each([
    ["one long word", "a".repeat(4000)],
    ["wide letters", "W".repeat(1500)],
    ["prose", "The client sends the brief two weeks before the deadline. ".repeat(60)],
    ["words of every length", Array.from({ length: 400 }, (_, i) => "m".repeat(i % 23)).join(" ")],
    ["fallback glyphs", "☐ done ☑ ".repeat(300)],
  ])("never lays out %s in more lines than lineBound says", async (_, value) => {
    const { text: output } = await textOf(withChildren([paragraph(...text(value))]));
    const actual = bodyLines(output).length;
    expect(actual).toBeGreaterThan(3);
    expect(
      lineBound(value, contentWidth(sampleDocument.meta), theme.size.body),
    ).toBeGreaterThanOrEqual(actual);
  });

  it("lets a table row taller than a page split instead of losing it", async () => {
    const cell = "word ".repeat(2500).trim();
    const doc = withChildren([table(cell)]);
    const definition = JSON.stringify(toPdfDefinition(doc));
    expect(definition).toContain('"dontBreakRows":false');
    const { text: output, pages } = await textOf(doc);
    expect(output.match(/\bword\b/g)).toHaveLength(2500);
    expect(pages).toBeGreaterThan(2);
  });

  it("keeps ordinary rows whole and the first one with the header", () => {
    const definition = JSON.stringify(toPdfDefinition(withChildren([table("a few words")])));
    expect(definition).toContain('"dontBreakRows":true');
    expect(definition).toContain('"keepWithHeaderRows":1');
  });

  it("lets a signature block taller than a page break instead of losing signatories", async () => {
    const signatories = Array.from({ length: 5 }, (_, index) => ({
      name: `Signatory ${index + 1}`,
      title: "Director of very long titles and other responsibilities ".repeat(8).trim(),
    }));
    const block: Signatures = {
      type: "signatures",
      labels: { signature: "Signature", date: "Date" },
      parties: [
        { role: "Freelancer", partyName: "Jane Doe", signatories },
        { role: "Client", partyName: "Acme", signatories },
      ],
    };
    const doc = withChildren([block]);
    expect(JSON.stringify(toPdfDefinition(doc))).not.toContain('"unbreakable":true');
    const { text: output, pages } = await textOf(doc);
    // Taller than a page: kept whole, all but its first page would be gone.
    expect(pages).toBeGreaterThan(1);
    for (let index = 1; index <= 5; index += 1)
      expect(output.match(new RegExp(`Signatory ${index}\\b`, "g"))).toHaveLength(2);
  });

  it("keeps a heading with a few short rows only when they surely fit on a page", async () => {
    // 600 letters, under the 700 that count as small, in a column narrower than
    // two letters: one letter per line, far more than a page.
    const narrow: Table = {
      type: "table",
      columns: [
        { header: "N", align: "left", weight: 1 },
        { header: "Broad", align: "left", weight: 20 },
      ],
      rows: [[text("W".repeat(600)), text("x")]],
    };
    const doc = withChildren([section("s", "Narrow", [narrow], "1")]);
    expect(JSON.stringify(toPdfDefinition(doc))).not.toContain('"unbreakable":true');
    const { text: output } = await textOf(doc);
    expect(bodyLines(output).join("").replace(/[^W]/g, "")).toHaveLength(600);
    // A table of ordinary rows still goes with its heading.
    const ordinary = withChildren([section("s", "Ordinary", [table("a few words")], "1")]);
    expect(JSON.stringify(toPdfDefinition(ordinary))).toContain('"unbreakable":true');
  });
});

// Right-to-left text through real clients: the PDF is valid, and pdftotext
// (reading order) gives the logical text back, letter for letter.
import { describe, expect, it } from "vitest";
import { list, paragraph, sampleDocument, section, text } from "@clausework/model";
import type { DocumentModel } from "@clausework/model";
import { theme } from "@clausework/theme";
import { renderPdf, toPdfDefinition } from "./index.js";
import { pdfText, runTool, writeTemporaryPdf } from "./test-tools.js";

const hebrew = "חברת שלום בע״מ";
const arabic = "تصميم الموقع v2 — 3 صفحات";
const arabicPhrase = "هذه جملة عربية طويلة تلتف على عدة أسطر";

const doc: DocumentModel = {
  ...sampleDocument,
  children: [
    { type: "keyFacts", items: [{ label: "Client", value: text(hebrew) }] },
    section("scope", "Scope", [
      paragraph(...text(`The client ${hebrew} (Israel) orders ${arabic} today.`)),
      paragraph(...text(Array.from({ length: 8 }, () => arabicPhrase).join(" "))),
    ]),
  ],
};

// pdftotext marks right-to-left runs with embedding controls and lists a line's
// runs left to right; within a run the text is logical.
const reading = (path: string) => pdfText(path).replace(/[\u202a-\u202e]/g, "");

describe("right-to-left text in the PDF", () => {
  it("renders valid PDF that gives the logical text back", async () => {
    const path = writeTemporaryPdf(await renderPdf(doc), "rtl.pdf");
    expect(runTool("qpdf", ["--check", path]).status).toBe(0);
    const extracted = reading(path);
    expect(extracted).toContain(hebrew);
    // Every Arabic word with its own letters: joined forms map back to the letters typed.
    for (const word of arabic.split(" ")) expect(extracted).toContain(word);
    const wrapped = extracted.replace(/\s+/g, " ");
    expect(wrapped).toContain(`${arabicPhrase} ${arabicPhrase}`);
  });

  it("keeps the lines it broke (pdfmake wraps none again), every word between the margins", async () => {
    const long: DocumentModel = {
      ...sampleDocument,
      children: [paragraph(...text(Array.from({ length: 12 }, () => arabicPhrase).join(" ")))],
    };
    const content = JSON.stringify(toPdfDefinition(long).content);
    const lines = content.split('"text":"\\n"').length;
    expect(lines).toBeGreaterThan(3);
    const path = writeTemporaryPdf(await renderPdf(long), "lines.pdf");
    const drawn = reading(path)
      .split("\n")
      .filter((line) => /\p{Script=Arabic}/u.test(line));
    expect(drawn).toHaveLength(lines);
    // And every word stays between the margins.
    const { left, right } = theme.page.margin;
    const pageWidth = sampleDocument.meta.pageSize === "A4" ? 595.28 : 612;
    const words = runTool("pdftotext", ["-bbox", "-f", "1", "-l", "1", path, "-"]).stdout;
    for (const [, xMin = "0", xMax = "0"] of words.matchAll(
      /xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g,
    )) {
      expect(Number(xMin)).toBeGreaterThanOrEqual(left - 0.5);
      expect(Number(xMax)).toBeLessThanOrEqual(pageWidth - right + 0.5);
    }
  });
});

describe("the base direction of a paragraph in the PDF", () => {
  const client = `${hebrew}\nSuite 5, 1 Main St, Los Angeles\n+1 213 555 0163`;
  const wholly = "הלקוח ישלם 50% מראש.";
  const mixed: DocumentModel = {
    ...sampleDocument,
    children: [
      { type: "keyFacts", items: [{ label: "Client", value: text(client) }] },
      paragraph(...text(wholly)),
    ],
  };

  it("aligns right only the paragraph without left-to-right letters", () => {
    const content = JSON.stringify(toPdfDefinition(mixed).content);
    expect(content.split('"alignment":"right"')).toHaveLength(2);
  });

  it("keeps a Hebrew name over an English address left to right: the phone reads as typed", async () => {
    const path = writeTemporaryPdf(await renderPdf(mixed), "mixed.pdf");
    const layout = runTool("pdftotext", ["-layout", "-f", "1", "-l", "1", path, "-"]).stdout;
    expect(layout).toContain("+1 213 555 0163");
    expect(layout).not.toContain("0163 555 213 1+");
    const boxes = runTool("pdftotext", ["-bbox", "-f", "1", "-l", "1", path, "-"]).stdout;
    const place = (word: string) => {
      const found = new RegExp(`xMin="([\\d.]+)"[^>]*xMax="([\\d.]+)"[^>]*>${word}<`).exec(boxes);
      if (found === null) throw new Error(`"${word}" not on the page`);
      return { xMin: Number(found[1]), xMax: Number(found[2]) };
    };
    // The cell's lines start at one left edge; the Hebrew paragraph ends at the right margin.
    expect(Math.abs(place("\\+1").xMin - place("Suite").xMin)).toBeLessThan(1);
    const pageWidth = sampleDocument.meta.pageSize === "A4" ? 595.28 : 612;
    const rightMargin = pageWidth - theme.page.margin.right;
    // pdftotext lists a right-to-left word's letters as drawn, left to right.
    const first = [..."הלקוח"].reverse().join("");
    expect(place(first).xMax).toBeGreaterThan(rightMargin - 1);
  });
});

describe("a list with right-to-left items in the PDF", () => {
  const pageWidth = sampleDocument.meta.pageSize === "A4" ? 595.28 : 612;
  const rightMargin = pageWidth - theme.page.margin.right;
  const left = theme.page.margin.left;
  /** Each word pdftotext finds on page 1, with its left and right edge. */
  const words = async (doc: DocumentModel, name: string) => {
    const path = writeTemporaryPdf(await renderPdf(doc), name);
    expect(runTool("qpdf", ["--check", path]).status).toBe(0);
    const boxes = runTool("pdftotext", ["-bbox", "-f", "1", "-l", "1", path, "-"]).stdout;
    return [
      ...boxes.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)</g),
    ].map(([, xMin = "0", yMin = "0", xMax = "0", word = ""]) => ({
      word,
      xMin: Number(xMin),
      y: Math.round(Number(yMin)),
      xMax: Number(xMax),
    }));
  };
  const items = [[paragraph(...text(hebrew))], [paragraph(...text("Copywriting"))]];

  it("draws the marker of a right-to-left item on the right, the mirror of the others", async () => {
    const found = await words({ ...sampleDocument, children: [list(false, items)] }, "ul.pdf");
    const line = (word: string) =>
      found.filter((box) => box.y === found.find((b) => b.word === word)?.y);
    const hebrewLine = line([..."חברת"].reverse().join(""));
    const bullet = hebrewLine.find((box) => box.word === "\u2022");
    expect(bullet?.xMax).toBeGreaterThan(rightMargin - 2);
    for (const box of hebrewLine)
      if (box !== bullet) expect(box.xMax).toBeLessThan(bullet?.xMin ?? 0);
    // The English item's text starts after its marker's gap, as far from the left
    // edge as the Hebrew item's text ends from the right one.
    const english = line("Copywriting").find((box) => box.word === "Copywriting");
    const hebrewEnd = Math.max(
      ...hebrewLine.filter((box) => box !== bullet).map((box) => box.xMax),
    );
    expect((english?.xMin ?? 0) - left).toBeCloseTo(rightMargin - hebrewEnd, 0);
  });

  it("numbers every item in order, a right-to-left one on its right", async () => {
    const doc = {
      ...sampleDocument,
      children: [list(true, [...items, [paragraph(...text("تصميم الموقع"))]])],
    };
    const found = await words(doc, "ol.pdf");
    const markers = found.filter((box) => /^(\.\d|\d\.)$/.test(box.word));
    expect(markers.map((box) => box.word.replace(".", ""))).toEqual(["1", "2", "3"]);
    const [first, second, third] = markers;
    expect(first?.xMax).toBeGreaterThan(rightMargin - 2);
    expect(second?.xMin).toBeLessThan(left + 2);
    expect(third?.xMax).toBeGreaterThan(rightMargin - 2);
  });
});

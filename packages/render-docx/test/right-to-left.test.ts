// Right-to-left text through LibreOffice: a Hebrew name over an English address
// stays a left-to-right cell (the phone number reads as typed, at the left), a
// wholly Hebrew paragraph is right to left (at the right), as the PDF does.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paragraph, sampleDocument, text, type DocumentModel } from "@clausework/model";
import { renderDocx } from "../src/index.js";
import { requireTool } from "../src/test-support.js";

const client = "חברת שלום בע״מ\nSuite 5, 1 Main St, Los Angeles\n+1 213 555 0163";
const hebrew = "הלקוח ישלם 50% מראש.";
const doc: DocumentModel = {
  ...sampleDocument,
  children: [
    { type: "keyFacts", items: [{ label: "Client", value: text(client) }] },
    paragraph(...text(hebrew)),
  ],
};

const dir = mkdtempSync(join(tmpdir(), "render-docx-rtl-"));
const pdf = join(dir, "rtl.pdf");
let layout = "";
let words: { word: string; xMin: number; xMax: number }[] = [];

beforeAll(async () => {
  requireTool("soffice", "libreoffice-writer");
  requireTool("pdftotext", "poppler-utils");
  writeFileSync(join(dir, "rtl.docx"), await renderDocx(doc));
  const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
  execFileSync(
    "soffice",
    [profile, "--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "rtl.docx")],
    { stdio: "ignore", timeout: 60_000 },
  );
  if (!existsSync(pdf)) return;
  layout = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  const boxes = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  words = Array.from(
    boxes.matchAll(/xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</g),
    ([, xMin = "0", xMax = "0", word = ""]) => ({ word, xMin: Number(xMin), xMax: Number(xMax) }),
  );
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// pdftotext lists the letters of a right-to-left word as drawn, left to right.
const drawn = (word: string) =>
  /[\u0590-\u05ff]/u.test(word) ? Array.from(word).reverse().join("") : word;

const place = (word: string) => {
  const found = words.find((candidate) => candidate.word === drawn(word));
  if (found === undefined) throw new Error(`"${word}" not in the PDF`);
  return found;
};

describe("right-to-left text in LibreOffice", () => {
  it("reads the phone number of a mixed cell as typed, left aligned with the address", () => {
    expect(layout).toContain("+1 213 555 0163");
    expect(Math.abs(place("+1").xMin - place("Suite").xMin)).toBeLessThan(1);
    // The name is a right-to-left run in a left-to-right line: its last word is
    // drawn first, at the cell's left edge.
    expect(Math.abs(place("בע״מ").xMin - place("Suite").xMin)).toBeLessThan(1);
  });

  it("sets a wholly Hebrew paragraph right to left, against the right margin", () => {
    // The footer is aligned right: its last word ends at the right margin.
    const rightMargin = Math.max(...words.map((word) => word.xMax));
    expect(place("ישלם").xMin).toBeLessThan(place("הלקוח").xMin);
    expect(place("הלקוח").xMax).toBeGreaterThan(rightMargin - 1);
  });
});

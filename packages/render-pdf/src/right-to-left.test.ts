// Right-to-left text through real clients: the PDF is valid, and pdftotext
// (reading order) gives the logical text back, letter for letter.
import { describe, expect, it } from "vitest";
import { paragraph, sampleDocument, section, text } from "@clausework/model";
import type { DocumentModel } from "@clausework/model";
import { renderPdf } from "./index.js";
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
});

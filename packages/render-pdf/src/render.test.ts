// Real clients on real bytes: qpdf, pdffonts, pdftotext and pdfinfo (poppler-utils).
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { paragraph, sampleDocument, text } from "@clausework/model";
import type { DocumentModel, Table } from "@clausework/model";
import { renderPdf, toPdfDefinition } from "./index.js";
import { renderDefinition } from "./render.js";
import { listFonts, pdfText, runTool, writeTemporaryPdf } from "./test-tools.js";

let sample: Uint8Array;
let samplePath: string;

beforeAll(async () => {
  // The first render of this file runs with empty font and layout caches.
  sample = await renderPdf(sampleDocument);
  samplePath = writeTemporaryPdf(sample, "sample.pdf");
});

afterEach(() => {
  vi.useRealTimers();
});

describe("renderPdf output", () => {
  it("is byte-identical on every rebuild, whatever the clock says", async () => {
    expect(Buffer.from(await renderPdf(sampleDocument)).equals(sample)).toBe(true);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-06-01T12:34:56Z"));
    expect(Buffer.from(await renderPdf(sampleDocument)).equals(sample)).toBe(true);
  });

  it("passes qpdf --check", () => {
    const result = runTool("qpdf", ["--check", samplePath]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("No syntax or stream encoding errors found");
    expect(result.status).toBe(0);
  });

  it("embeds every font it uses (pdffonts: emb = yes)", () => {
    const fonts = listFonts(samplePath);
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, "")).sort()).toEqual([
      "Inter-Bold",
      "Inter-Italic",
      "Inter-Regular",
    ]);
    expect(fonts.every((font) => font.embedded)).toBe(true);
  });

  it("carries every heading, the parties and the hostile strings as text", () => {
    const content = pdfText(samplePath);
    for (const expected of [
      "Services Agreement",
      "1. What I will do",
      "1.1 What is not included",
      "2. Cost",
      "3. When",
      "Jane Doe Writing",
      "Acme & Sons <Ltd>",
      "<script>alert(1)</script>",
      "*stars*",
      "[brackets](x)",
      "| pipe",
      "£4,800.00",
      "This document is not legal advice.",
      "Erika Musterfrau",
    ]) {
      expect(content).toContain(expected);
    }
  });

  it("has the header from page 2 on, and Page X of Y footers", () => {
    const first = pdfText(samplePath, 1);
    const last = pdfText(samplePath, 3);
    expect(first).toContain("Page 1 of 3");
    expect(first.match(/Services Agreement/g)).toHaveLength(1);
    expect(last).toContain("Page 3 of 3");
    expect(last).toContain("Services Agreement");
    // The page break puts the signatures on a page of their own.
    expect(last).toContain("Signature");
    expect(first).not.toContain("Signature");
  });

  it("writes metadata from the document and dates from the issue date", () => {
    const info = runTool("pdfinfo", ["-isodates", samplePath]).stdout;
    expect(info).toMatch(/^Title:\s+Services Agreement$/m);
    expect(info).toMatch(/^Subject:\s+Contract between Jane Doe Writing and Acme & Sons$/m);
    expect(info).toMatch(/^Author:\s+Jane Doe Writing$/m);
    expect(info).toMatch(/^Creator:\s+Clausework$/m);
    expect(info).toMatch(/^Keywords:\s+contract, Jane Doe Writing, Acme & Sons <Ltd>$/m);
    expect(info).toMatch(/^CreationDate:\s+2027-01-15T00:00:00Z$/m);
    expect(info).toMatch(/^ModDate:\s+2027-01-15T00:00:00Z$/m);
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
  });
});

describe("renderPdf layout", () => {
  it("repeats the table header on every page a long table spans", async () => {
    const table: Table = {
      type: "table",
      columns: [
        { header: "Milestone", align: "left", weight: 3 },
        { header: "Amount", align: "right" },
      ],
      rows: Array.from({ length: 90 }, (_, index) => [
        text(`Milestone ${index + 1}`),
        text("£100.00"),
      ]),
    };
    const path = writeTemporaryPdf(await renderPdf({ ...sampleDocument, children: [table] }));
    const pages = Number(/^Pages:\s+(\d+)/m.exec(runTool("pdfinfo", [path]).stdout)?.[1]);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page += 1)
      expect(pdfText(path, page)).toContain("Milestone\n");
    expect(pdfText(path)).toContain("Milestone 90");
  });

  it("draws characters Inter lacks with embedded DejaVu Sans", async () => {
    const doc: DocumentModel = {
      ...sampleDocument,
      children: [paragraph(...text("☐ Done ☑ Checked"))],
    };
    const path = writeTemporaryPdf(await renderPdf(doc));
    expect(listFonts(path).map((font) => font.name.replace(/^[A-Z]{6}\+/, ""))).toContain(
      "DejaVuSans",
    );
    expect(listFonts(path).every((font) => font.embedded)).toBe(true);
    expect(pdfText(path)).toContain("☐ Done ☑ Checked");
  });

  it("renders documents concurrently without mixing their fonts or text", async () => {
    const other: DocumentModel = { ...sampleDocument, children: [paragraph(...text("☐ Other"))] };
    const [first, second, third] = await Promise.all([
      renderPdf(sampleDocument),
      renderPdf(other),
      renderPdf(sampleDocument),
    ]);
    expect(Buffer.from(first ?? []).equals(sample)).toBe(true);
    expect(Buffer.from(third ?? []).equals(sample)).toBe(true);
    expect(pdfText(writeTemporaryPdf(second ?? new Uint8Array()))).toContain("☐ Other");
  });

  it("can leave streams uncompressed for reading the PDF source", async () => {
    const bytes = Buffer.from(await renderPdf(sampleDocument, { compress: false }));
    expect(bytes.includes("/FlateDecode")).toBe(false);
    expect(runTool("qpdf", ["--check", writeTemporaryPdf(bytes)]).status).toBe(0);
  });

  it("uses Letter paper when the document asks for it", async () => {
    const letter = {
      ...sampleDocument,
      meta: { ...sampleDocument.meta, pageSize: "LETTER" as const },
    };
    const info = runTool("pdfinfo", [writeTemporaryPdf(await renderPdf(letter))]).stdout;
    expect(info).toMatch(/^Page size:\s+612 x 792 pts \(letter\)$/m);
  });
});

describe("resource access", () => {
  const withImage = (image: string) => ({
    ...toPdfDefinition({ ...sampleDocument, children: [] }),
    content: [{ image }],
  });

  it("never reads local files", async () => {
    await expect(renderDefinition(withImage("/etc/hostname"), sampleDocument.meta)).rejects.toThrow(
      /denied/,
    );
  });

  it("never fetches URLs", async () => {
    const definition = withImage("https://example.com/logo.png");
    await expect(renderDefinition(definition, sampleDocument.meta)).rejects.toThrow(/denied/);
  });
});

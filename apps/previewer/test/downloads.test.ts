// Downloads built in the browser: the PDF and DOCX must open in real clients
// (qpdf, unzip + an XML parser), the packet must hold every document, and the
// PDF tab must draw the same pages the download has.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppPage } from "./support/browser.js";
import { artifactsDir, chooseExample, launchChromium, openApp } from "./support/browser.js";
import { exampleText } from "./support/examples.js";
import { pdfPageCount, pdfText, qpdfCheck, unzipEntry, zipEntries } from "./support/tools.js";

const example = "va-retainer-handover";
const engagement = JSON.parse(exampleText(example)) as { id: string; client: { name: string } };

let browser: Browser;
let app: AppPage;

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser, inject("previewerUrl"));
  await chooseExample(app.page, example);
});

afterAll(async () => {
  await browser?.close();
});

async function download(page: Page, button: string): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([
    page.waitForEvent("download", { timeout: 120_000 }),
    page.click(button),
  ]);
  const path = `${artifactsDir}/${file.suggestedFilename()}`;
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

const entities: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** All text of word/document.xml's runs, joined, entities decoded. */
function wordText(xml: string): string {
  const runs = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1] ?? "");
  return runs
    .join("")
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name] ?? "");
}

describe("downloads built in the browser", () => {
  it("downloads the contract as a PDF that qpdf accepts", async () => {
    const { name, path } = await download(app.page, "#download-pdf");
    expect(name).toBe(`${engagement.id}-contract.pdf`);
    const check = qpdfCheck(path);
    expect(check.output).toContain("No syntax or stream encoding errors");
    expect(check.status).toBe(0);
    expect(pdfText(path).replace(/\s+/g, " ")).toContain(engagement.client.name);
  });

  it("downloads the contract as a DOCX whose document.xml parses", async () => {
    const { name, path } = await download(app.page, "#download-docx");
    expect(name).toBe(`${engagement.id}-contract.docx`);
    const xml = unzipEntry(path, "word/document.xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(new XMLParser().parse(xml)).toHaveProperty("w:document");
    expect(wordText(xml)).toContain(engagement.client.name);
  });

  it("downloads the packet: every document in every format, the engagement and a manifest", async () => {
    const { name, path } = await download(app.page, "#download-packet");
    expect(name).toBe(`${engagement.id}-packet.zip`);
    const documents = ["contract", "handover", "proposal"].map(
      (kind) => `${engagement.id}-${kind}`,
    );
    const expected = [
      ...documents.flatMap((document) =>
        ["docx", "html", "pdf"].map((format) => `${document}.${format}`),
      ),
      "engagement.json",
      "manifest.json",
    ].sort();
    expect(zipEntries(path)).toEqual(expected);
    expect(unzipEntry(path, "engagement.json")).toBe(exampleText(example));
    const manifest = JSON.parse(unzipEntry(path, "manifest.json")) as {
      engagement: string;
      files: unknown[];
    };
    expect(manifest.engagement).toBe(engagement.id);
    expect(manifest.files).toHaveLength(expected.length - 1);
  });

  it("draws the contract's real PDF pages in the PDF tab (screenshot in test-results/)", async () => {
    const { path } = await download(app.page, "#download-pdf");
    await app.page.click('#preview [data-group="view"][data-value="pdf"]');
    const pages = pdfPageCount(path);
    await app.page.waitForFunction(
      (count) => document.querySelectorAll("#preview .pdf-pages canvas").length === count,
      pages,
      { timeout: 120_000 },
    );
    await app.page.screenshot({ path: `${artifactsDir}/contract-pdf.png` });
  });

  it("logged no console errors and requested nothing but its own files", () => {
    expect(app.errors).toEqual([]);
    const origin = new URL(inject("previewerUrl")).origin;
    expect(
      app.requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)),
    ).toEqual([]);
  });
});

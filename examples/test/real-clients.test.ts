// Real programs open every output of every example: qpdf and poppler read the
// PDFs, LibreOffice converts the DOCX files to PDF, pandoc reads their structure.
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { plainText, visitBlocks, type Block, type DocumentModel } from "@clausework/model";
import { builtExample, exampleNames, type BuiltExample } from "./build-example.js";
import { run } from "./tools.js";

const squash = (text: string): string => text.replace(/\s+/g, " ");

function headings(model: DocumentModel): string[] {
  const titles: string[] = [];
  visitBlocks(model.children, (block: Block) => {
    if (block.type === "section") titles.push(block.title);
  });
  return titles;
}

function has(model: DocumentModel, type: Block["type"]): boolean {
  let found = false;
  visitBlocks(model.children, (block) => {
    if (block.type === type) found = true;
  });
  return found;
}

type PandocNode = { t?: string; c?: unknown };
function pandocTypes(json: string): Set<string> {
  const seen = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === "object") {
      const node = value as PandocNode;
      if (typeof node.t === "string") seen.add(node.t);
      Object.values(value).forEach(walk);
    }
  };
  walk(JSON.parse(json));
  return seen;
}

describe.each(exampleNames)("%s", (example) => {
  let built: BuiltExample;
  let folder: string;
  beforeAll(async () => {
    built = await builtExample(example);
    folder = mkdtempSync(join(tmpdir(), `clients-${example}-`));
    for (const document of built.documents) {
      writeFileSync(join(folder, `${document.kind}.pdf`), document.pdf);
      writeFileSync(join(folder, `${document.kind}.docx`), document.docx);
    }
  });

  it("writes PDFs that qpdf checks clean, with every font embedded and every heading in the text", () => {
    for (const document of built.documents) {
      const path = join(folder, `${document.kind}.pdf`);
      expect(run("qpdf", ["--check", path], "qpdf")).toMatch(/No syntax or stream encoding errors/);
      const fonts = run("pdffonts", [path], "poppler-utils").split("\n").slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      for (const row of fonts) expect(row.trim().split(/\s+/).at(-5), row).toBe("yes");
      const text = squash(run("pdftotext", ["-enc", "UTF-8", path, "-"], "poppler-utils"));
      for (const title of headings(document.model)) expect(text).toContain(squash(title));
      for (const party of document.model.meta.parties) expect(text).toContain(squash(party));
    }
  });

  it("writes DOCX files LibreOffice converts to PDF holding the parties", () => {
    const out = join(folder, "libreoffice");
    const docs = built.documents.map((document) => join(folder, `${document.kind}.docx`));
    run(
      "soffice",
      [
        `-env:UserInstallation=file://${folder}/profile`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        out,
        ...docs,
      ],
      "libreoffice-writer-nogui",
    );
    // Check the files, not the exit code: soffice exits 0 on some failures.
    expect(readdirSync(out).sort()).toEqual(built.documents.map((d) => `${d.kind}.pdf`).sort());
    for (const document of built.documents) {
      const pdf = join(out, `${document.kind}.pdf`);
      expect(statSync(pdf).size).toBeGreaterThan(1000);
      const text = squash(run("pdftotext", ["-enc", "UTF-8", pdf, "-"], "poppler-utils"));
      for (const party of document.model.meta.parties) expect(text).toContain(squash(party));
      expect(text).toContain(
        squash(plainText([{ type: "text", value: document.model.meta.title }])),
      );
    }
  }, 180_000);

  it("writes DOCX files whose headings, lists and tables pandoc reads as such", () => {
    for (const document of built.documents) {
      const types = pandocTypes(
        run(
          "pandoc",
          ["-f", "docx", "-t", "json", join(folder, `${document.kind}.docx`)],
          "pandoc",
        ),
      );
      expect(types.has("Header"), document.kind).toBe(true);
      if (has(document.model, "list")) {
        expect(types.has("BulletList") || types.has("OrderedList"), document.kind).toBe(true);
      }
      if (has(document.model, "table") || has(document.model, "schedule")) {
        expect(types.has("Table"), document.kind).toBe(true);
      }
    }
  }, 60_000);
});

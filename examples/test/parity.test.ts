// Cross-format parity: the normalised words of the HTML and the DOCX text of
// each document are the same sequence, and so are the letters of the PDF text
// (compared without spaces, since PDF lines wrap mid-word in narrow cells). A
// renderer that drops or repeats content fails here even when its own tests pass.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { visitBlocks, type DocumentModel } from "@clausework/model";
import { renderHtml } from "@clausework/render-html";
import { builtExample, exampleNames } from "./build-example.js";
import { requireTool } from "./tools.js";
import { docxLines, htmlLines, letters, pdfLines, words } from "./words.js";

function pdfRawText(bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), "parity-")), "document.pdf");
  writeFileSync(path, bytes);
  requireTool("pdftotext", "poppler-utils");
  const result = spawnSync("pdftotext", ["-raw", "-enc", "UTF-8", path, "-"], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout;
}

/** Header rows of the model's tables and schedules, as one line each. */
function tableHeaders(model: DocumentModel): string[] {
  const headers: string[] = [];
  visitBlocks(model.children, (block) => {
    if (block.type === "table")
      headers.push(block.columns.map((column) => column.header).join(" "));
    if (block.type === "schedule") {
      const { date, owner, item, basis } = block.columns;
      headers.push([date, owner, item, basis].join(" "));
    }
  });
  return headers;
}

/** The first place two letter sequences differ, with some context, for a readable failure. */
function firstDifference(actual: string, expected: string): string {
  let index = 0;
  while (index < actual.length && actual[index] === expected[index]) index += 1;
  return `at ${index}: got …${actual.slice(index - 40, index + 40)}… expected …${expected.slice(index - 40, index + 40)}…`;
}

describe.each(exampleNames)("%s", (example) => {
  it("has the same words in HTML, DOCX and PDF for every document", async () => {
    const built = await builtExample(example);
    for (const document of built.documents) {
      const html = htmlLines(renderHtml(document.model, { standalone: false }));
      expect(words(html).length, `${document.kind}: HTML has words`).toBeGreaterThan(100);
      expect(words(docxLines(document.docx)), `${document.kind}: DOCX vs HTML`).toEqual(
        words(html),
      );
      const pdf = letters(
        pdfLines(pdfRawText(document.pdf), document.model.meta.title, tableHeaders(document.model)),
      );
      const expected = letters(html);
      expect(
        pdf === expected,
        `${document.kind}: PDF vs HTML ${firstDifference(pdf, expected)}`,
      ).toBe(true);
    }
  });
});

describe("the parity measure", () => {
  it("notices a dropped or a repeated word", async () => {
    const built = await builtExample(exampleNames[0] ?? "");
    const document = built.documents[0];
    if (document === undefined) throw new Error("no document built");
    const html = htmlLines(renderHtml(document.model, { standalone: false }));
    const docx = docxLines(document.docx);
    expect(words(docx)).toEqual(words(html));
    const dropped = [...docx.slice(0, 20), ...docx.slice(21)];
    expect(words(dropped)).not.toEqual(words(html));
    const repeated = [...docx, docx.find((line) => line.trim() !== "") ?? ""];
    expect(letters(repeated)).not.toBe(letters(html));
  });
});

// End-to-end goldens: for every example and document, the text forms a reviewer
// can read (DocModel JSON, pretty HTML, Markdown, word/document.xml and the
// pdfmake definition). Never PDF or DOCX bytes. UPDATE_GOLDENS=1 rewrites them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentXml } from "@clausework/render-docx/test-support";
import {
  builtExample,
  exampleNames,
  goldensDirectory,
  type BuiltDocument,
} from "./build-example.js";

const update = process.env["UPDATE_GOLDENS"] === "1";

const forms: readonly [string, (document: BuiltDocument) => string][] = [
  ["model.json", (document) => `${JSON.stringify(document.model, null, 2)}\n`],
  ["html", (document) => document.html],
  ["md", (document) => document.markdown],
  ["document.xml", (document) => documentXml(document.docx)],
  ["pdfmake.json", (document) => `${JSON.stringify(document.pdfDefinition, null, 2)}\n`],
];

function checkGolden(example: string, file: string, actual: string): void {
  const folder = new URL(`${example}/`, goldensDirectory);
  const path = new URL(file, folder);
  if (update || !existsSync(path)) {
    if (!update) throw new Error(`missing golden ${example}/${file}: run with UPDATE_GOLDENS=1`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}

describe.each(exampleNames)("%s", (example) => {
  it.each(forms)("matches the golden %s of each document", async (extension, render) => {
    const built = await builtExample(example);
    expect(built.documents.length).toBeGreaterThanOrEqual(2);
    for (const document of built.documents) {
      checkGolden(example, `${document.kind}.${extension}`, render(document));
    }
  });
});

// Builds one example engagement through the whole pipeline, in every format,
// the way the CLI does: validate → generate → render. Memoised per file so the
// test files that share a build do not pay for it twice.
import { readdirSync, readFileSync } from "node:fs";
import type { DocumentKind, DocumentModel } from "@clausework/model";
import { generate } from "@clausework/generator";
import { renderDocx } from "@clausework/render-docx";
import { renderHtml } from "@clausework/render-html";
import { renderMarkdown } from "@clausework/render-markdown";
import { renderPdf, toPdfDefinition } from "@clausework/render-pdf";
import { validate } from "@clausework/schema";

export const engagementsDirectory = new URL("../engagements/", import.meta.url);
export const goldensDirectory = new URL("../goldens/", import.meta.url);

export const exampleNames: readonly string[] = readdirSync(engagementsDirectory)
  .filter((name) => name.endsWith(".json"))
  .map((name) => name.replace(/\.json$/, ""))
  .sort();

export type BuiltDocument = {
  readonly kind: DocumentKind;
  readonly model: DocumentModel;
  readonly html: string;
  readonly markdown: string;
  readonly pdfDefinition: unknown;
  readonly docx: Uint8Array;
  readonly pdf: Uint8Array;
};

export type BuiltExample = { readonly name: string; readonly documents: readonly BuiltDocument[] };

export async function buildExample(name: string): Promise<BuiltExample> {
  const text = readFileSync(new URL(`${name}.json`, engagementsDirectory), "utf8");
  const result = validate(text, { fileName: `${name}.json` });
  if (result.engagement === undefined) {
    throw new Error(`${name}: ${JSON.stringify(result.diagnostics, null, 2)}`);
  }
  const generated = generate(result.engagement);
  const documents = await Promise.all(
    generated.documents.map(async ({ kind, model }) => ({
      kind,
      model,
      html: renderHtml(model, { standalone: true }),
      markdown: renderMarkdown(model),
      pdfDefinition: toPdfDefinition(model),
      docx: await renderDocx(model),
      pdf: await renderPdf(model),
    })),
  );
  return { name, documents };
}

const cache = new Map<string, Promise<BuiltExample>>();

export function builtExample(name: string): Promise<BuiltExample> {
  let built = cache.get(name);
  if (built === undefined) {
    built = buildExample(name);
    cache.set(name, built);
  }
  return built;
}

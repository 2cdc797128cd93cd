// Benchmark of the formats on the real examples, as ratios measured in this
// one process (never absolute times in tests):
//   PDF   renderPdf vs naive pdfmake on the same contract     target ≤ 0.5
//   DOCX  renderDocx vs docx's own Packer on the same Document target ≤ 1.1
//   pre-render share: validate + generate of a whole packet   target ≤ 3 %
// Run: npm run bench (all packages) or npm run bench -w examples. RUNS=n for more runs.
import { readFileSync } from "node:fs";
import { Packer } from "docx";
import { generate } from "@clausework/generator";
import type { DocumentModel } from "@clausework/model";
import { buildDocxDocument, renderDocx } from "@clausework/render-docx";
import { renderHtml } from "@clausework/render-html";
import { renderMarkdown } from "@clausework/render-markdown";
import { renderPdf } from "@clausework/render-pdf";
import { naivePdf } from "@clausework/render-pdf/baseline";
import { validate } from "@clausework/schema";

const runs = Number(process.env["RUNS"] ?? 15);
const examples = ["blog-retainer", "podcast-production", "web-design", "va-retainer-handover"];
const read = (name: string) =>
  readFileSync(new URL(`../engagements/${name}.json`, import.meta.url), "utf8");

const middle = (times: number[]) =>
  times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;

async function timed(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * Medians of two pieces of work run in turns (a, b, a, b, ...), so a change in
 * the machine's load during the run weighs on both sides of a ratio alike.
 */
async function pairedMedians(a: () => unknown, b: () => unknown): Promise<[number, number]> {
  await a(); // warm-up: JIT, font parsing, caches
  await b();
  const times: [number[], number[]] = [[], []];
  for (let index = 0; index < runs; index += 1) {
    times[0].push(await timed(a));
    times[1].push(await timed(b));
  }
  return [middle(times[0]), middle(times[1])];
}

function models(text: string): DocumentModel[] {
  const result = validate(text);
  if (result.engagement === undefined) throw new Error("example does not validate");
  return generate(result.engagement).documents.map((document) => document.model);
}

async function renderAll(documents: readonly DocumentModel[]): Promise<void> {
  for (const model of documents) {
    renderHtml(model);
    renderMarkdown(model);
    await renderDocx(model);
    await renderPdf(model);
  }
}

const rows: string[][] = [];
const row = (...cells: string[]) => rows.push(cells);
row(
  "example",
  "PDF ms",
  "naive ms",
  "PDF ratio",
  "DOCX ms",
  "raw ms",
  "DOCX ratio",
  "pre-render %",
);
for (const name of examples) {
  const text = read(name);
  const documents = models(text);
  const contract = documents.find((model) => model.kind === "contract");
  if (contract === undefined) throw new Error(`${name}: no contract`);
  const [pdf, naive] = await pairedMedians(
    () => renderPdf(contract),
    () => naivePdf(contract),
  );
  const [docx, raw] = await pairedMedians(
    () => renderDocx(contract),
    () => Packer.toBuffer(buildDocxDocument(contract)),
  );
  const [before, packet] = await pairedMedians(
    () => models(text),
    async () => renderAll(models(text)),
  );
  row(
    name,
    pdf.toFixed(1),
    naive.toFixed(1),
    (pdf / naive).toFixed(2),
    docx.toFixed(1),
    raw.toFixed(1),
    (docx / raw).toFixed(2),
    ((before / packet) * 100).toFixed(1),
  );
}

const widths =
  rows[0]?.map((_, column) => Math.max(...rows.map((cells) => cells[column]?.length ?? 0))) ?? [];
console.log(
  `medians of ${runs} runs; targets: PDF ratio ≤ 0.5, DOCX ratio ≤ 1.1, pre-render ≤ 3 %`,
);
for (const cells of rows)
  console.log(cells.map((cell, column) => cell.padStart(widths[column] ?? 0)).join("  "));

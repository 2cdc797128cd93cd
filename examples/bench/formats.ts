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

async function median(work: () => unknown): Promise<number> {
  await work(); // warm-up: JIT, font parsing, caches
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
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
  const pdf = await median(() => renderPdf(contract));
  const naive = await median(() => naivePdf(contract));
  const docx = await median(() => renderDocx(contract));
  const raw = await median(() => Packer.toBuffer(buildDocxDocument(contract)));
  const before = await median(() => models(text));
  const packet = await median(async () => renderAll(models(text)));
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

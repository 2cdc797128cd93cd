// Time per document: this renderer against naive pdfmake use (one createPdf per
// document, font files read from disk by pdfmake each time), on a ~6-page
// document. Run: npm run bench -w packages/render-pdf. Prints medians in ms.
import { sampleDocument } from "@clausework/model";
import type { Block, DocumentModel } from "@clausework/model";
import { checkGlyphCoverage, renderPdf, toPdfDefinition } from "../src/index.js";
import { naivePdf } from "../src/naive-baseline.js";

const repeats = 4;
const runs = Number(process.env.RUNS ?? 25);

/** The sample's body four times over, then its signature page. */
function sixPages(): DocumentModel {
  const body = sampleDocument.children.filter(
    (b) => b.type !== "pageBreak" && b.type !== "signatures",
  );
  const children: Block[] = [];
  for (let index = 0; index < repeats; index += 1) children.push(...body);
  return { ...sampleDocument, children: [...children, ...sampleDocument.children.slice(-2)] };
}

async function median(label: string, work: () => unknown): Promise<number> {
  await work();
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const value = times[Math.floor(times.length / 2)] ?? 0;
  console.log(`${label.padEnd(34)} ${value.toFixed(1).padStart(8)} ms`);
  return value;
}

const doc = sixPages();
const pages = /\/Count (\d+)/.exec(Buffer.from(await renderPdf(doc)).toString("latin1"))?.[1];
console.log(`document: ${pages ?? "?"} pages, ${runs} runs each, medians`);
const naiveTime = await median("naive pdfmake", () => naivePdf(doc));
const oursTime = await median("renderPdf", () => renderPdf(doc));
await median("  of which toPdfDefinition", () => toPdfDefinition(doc));
await median("  of which checkGlyphCoverage", () => checkGlyphCoverage(doc));
console.log(`ratio renderPdf / naive: ${(oursTime / naiveTime).toFixed(2)}`);

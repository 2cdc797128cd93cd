// Time to render one unbroken word of 1,000, 10,000 and 100,000 characters, in a
// paragraph and in a table cell: renderPdf as it is (zero-width spaces cut the
// word into pieces, long-words.ts) against the same definition with those
// spaces taken out again, which is how pdfmake meets such a word unaided. Run:
// npm run bench:long-words -w packages/render-pdf. Unaided runs above
// UNAIDED_MAX characters (default 10,000) are skipped: they take many minutes.
import type { Block, DocumentModel } from "@clausework/model";
import { sampleDocument } from "@clausework/model";
import type { TDocumentDefinitions } from "pdfmake/interfaces.js";
import { renderPdf, toPdfDefinition } from "../src/index.js";
import { renderDefinition } from "../src/render.js";

const lengths = [1_000, 10_000, 100_000];
const unaidedMax = Number(process.env.UNAIDED_MAX ?? 10_000);

function documentWith(block: Block): DocumentModel {
  return { ...sampleDocument, children: [block] };
}

const paragraph = (word: string): Block => ({
  type: "paragraph",
  children: [{ type: "text", value: word }],
});

const table = (word: string): Block => ({
  type: "table",
  columns: [
    { header: "Item", align: "left" },
    { header: "Note", align: "left" },
  ],
  rows: [[[{ type: "text", value: "x" }], [{ type: "text", value: word }]]],
});

/** The definition with every zero-width space removed. */
function unaided(doc: DocumentModel): TDocumentDefinitions {
  const json = JSON.stringify(toPdfDefinition(doc))
    .replaceAll("\\u200b", "")
    .replaceAll("\u200b", "");
  return JSON.parse(json) as TDocumentDefinitions;
}

async function seconds(work: () => Promise<unknown>): Promise<string> {
  const start = performance.now();
  await work();
  return ((performance.now() - start) / 1000).toFixed(2).padStart(8);
}

await renderPdf(sampleDocument); // fonts parsed, code warm
console.log("one unbroken word of n characters; seconds, one run each");
console.log("block      n          renderPdf   unaided");
for (const [name, build] of [
  ["paragraph", paragraph],
  ["table", table],
] as const) {
  for (const length of lengths) {
    const doc = documentWith(build("a".repeat(length)));
    const ours = await seconds(() => renderPdf(doc));
    const theirs =
      length > unaidedMax
        ? "  skipped"
        : await seconds(() => renderDefinition(unaided(doc), doc.meta));
    console.log(`${name.padEnd(10)} ${String(length).padEnd(10)} ${ours}   ${theirs}`);
  }
}

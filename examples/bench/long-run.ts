// Long run: many generated engagements through validate → generate → HTML,
// Markdown, DOCX and PDF in one process, to see whether memory grows with the
// number of documents (caches without bounds, fonts parsed per document, ...).
// Not part of npm test: `npm run long-run -w examples`.
//   LONG_RUN_COUNT (default 10000), LONG_RUN_WARMUP (200), FC_SEED.
// Memory is read after a forced gc (node --expose-gc), after the warm-up and at
// the end, with checkpoints between.
import fc from "fast-check";
import { generate } from "@clausework/generator";
import { renderDocx } from "@clausework/render-docx";
import { renderHtml } from "@clausework/render-html";
import { renderMarkdown } from "@clausework/render-markdown";
import { renderPdf } from "@clausework/render-pdf";
import { validate, type Engagement } from "@clausework/schema";
import { DEFAULT_SEED, LIGHT, validEngagement } from "../test/arbitraries/index.js";
import { knownIssuesOf } from "../test/arbitraries/known-issues.js";

const count = Number(process.env.LONG_RUN_COUNT ?? 10_000);
const warmup = Math.min(count, Number(process.env.LONG_RUN_WARMUP ?? 200));
const seed = Number(process.env.FC_SEED ?? DEFAULT_SEED);
const checkpointEvery = Math.max(warmup, Math.ceil(count / 10));
const BATCH = 100;

type Row = { label: string; done: number; seconds: number; rssMiB: number; heapMiB: number };

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error("run node with --expose-gc (npm run long-run -w examples)");

const mebibytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function measure(label: string, done: number, started: number): Row {
  gc?.();
  gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  return { label, done, seconds, rssMiB: mebibytes(rss), heapMiB: mebibytes(heapUsed) };
}

/** Engagements in seeded batches, so the whole run never holds them all at once. */
function* engagements(): Generator<Engagement> {
  for (let batch = 0; batch * BATCH < count; batch++) {
    const size = Math.min(BATCH, count - batch * BATCH);
    yield* fc.sample(validEngagement(LIGHT), { seed: seed + batch, numRuns: size });
  }
}

type Tally = {
  built: number;
  skipped: number;
  failed: Map<string, number>;
  documents: number;
  bytes: number;
};

async function build(engagement: Engagement, tally: Tally): Promise<void> {
  if (knownIssuesOf(engagement).length > 0) {
    tally.skipped += 1;
    return;
  }
  try {
    const result = validate(JSON.stringify(engagement));
    if (result.engagement === undefined) throw new Error(`invalid: ${result.diagnostics[0]?.code}`);
    for (const { model } of generate(result.engagement).documents) {
      const outputs = [
        renderHtml(model, { standalone: true }),
        renderMarkdown(model),
        await renderDocx(model),
        await renderPdf(model),
      ];
      tally.documents += 1;
      tally.bytes += outputs.reduce((sum, output) => sum + output.length, 0);
    }
    tally.built += 1;
  } catch (caught) {
    const key =
      caught instanceof Error ? `${caught.name}: ${caught.message}`.slice(0, 160) : String(caught);
    if (!tally.failed.has(key))
      console.error(`failure: ${key}\n  input: ${JSON.stringify(engagement)}`);
    tally.failed.set(key, (tally.failed.get(key) ?? 0) + 1);
  }
}

function printTable(rows: readonly Row[]): void {
  console.log("\n| checkpoint | engagements | seconds | rss MiB | heapUsed MiB |");
  console.log("|---|---:|---:|---:|---:|");
  for (const row of rows) {
    console.log(`| ${row.label} | ${row.done} | ${row.seconds} | ${row.rssMiB} | ${row.heapMiB} |`);
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const tally: Tally = { built: 0, skipped: 0, failed: new Map(), documents: 0, bytes: 0 };
  const rows: Row[] = [measure("before", 0, started)];
  let done = 0;
  for (const engagement of engagements()) {
    await build(engagement, tally);
    done += 1;
    if (done === warmup) rows.push(measure("after warm-up", done, started));
    else if (done % checkpointEvery === 0 && done !== count)
      rows.push(measure("checkpoint", done, started));
    if (done % 100 === 0) process.stderr.write(`\r${done}/${count}`);
  }
  rows.push(measure("end", done, started));
  process.stderr.write("\n");
  printTable(rows);
  const start = rows.find((row) => row.label === "after warm-up") ?? rows[0];
  const end = rows.at(-1);
  if (start !== undefined && end !== undefined) {
    console.log(
      `\ngrowth end / after warm-up: rss ×${(end.rssMiB / start.rssMiB).toFixed(3)}, heapUsed ×${(end.heapMiB / start.heapMiB).toFixed(3)}`,
    );
  }
  const failures = [...tally.failed.values()].reduce((sum, n) => sum + n, 0);
  console.log(
    `built ${tally.built} engagements (${tally.documents} documents, ${mebibytes(tally.bytes)} MiB of output); skipped ${tally.skipped} with known issues; ${failures} failed`,
  );
  console.log(`seed ${seed}; ${(end?.seconds ?? 0) / Math.max(1, done)} s per engagement`);
  if (failures > 0) process.exitCode = 1;
}

await main();

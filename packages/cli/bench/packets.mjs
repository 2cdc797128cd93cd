// Benchmark of client packets, run with `npm run bench` (after a build) or
// `node bench/packets.mjs` in packages/cli. It prints a table of figures and
// ratios against their targets; it asserts nothing, since timings depend on
// the machine. BENCH_PACKETS=40 runs a smaller batch, BENCH_ROUNDS=4 more turns.
//
//   1. 200 packets (the examples, each copy with its own id) with --jobs 1 and
//      --jobs 2, in turns: the pool should give >= 1.8x the throughput on two cores.
//      Also in turns, --jobs 1 kept to one core (node --single-threaded), to show
//      how the pool itself scales, and the ceiling any split of --jobs 1's work
//      has on this machine (cores over the cores --jobs 1 already keeps busy).
//   1b. A small batch (10 packets) the same way: --jobs 2 renders it in this
//      thread with the PDFs on a second, which should still beat --jobs 1.
//   2. Memory of each worker, read inside the worker after every packet: the live
//      heap (after its last full collection) over the first 50 packets against
//      the last 50 (growth means a leak), and the same for the heap's peaks.
//   3. A cold `clausework build` of one contract in all four formats against a cold
//      process that only runs pdfmake on the same contract's definition (<= 1.5x).
//   4. The same 200 contracts as DOCX: clausework against pandoc (Markdown to DOCX,
//      one process per document, two at a time), as an outside baseline.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "@clausework/generator";
import { toPdfDefinition } from "@clausework/render-pdf";
import { validate } from "@clausework/schema";

const count = Number(process.env.BENCH_PACKETS ?? 200);
const here = fileURLToPath(new URL(".", import.meta.url));
// The command as installed: the bundle (see scripts/bundle.mjs).
const cli = join(here, "..", "bundle", "bin.js");
const examples = join(here, "..", "..", "..", "examples", "engagements");
const work = mkdtempSync(join(tmpdir(), "clausework-bench-"));
const env = { ...process.env, CI: "true", NO_COLOR: "1" };
const rows = [];

function seconds(milliseconds) {
  return `${(milliseconds / 1000).toFixed(2)} s`;
}

function megabytes(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

// Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux).
const ticksPerSecond = Number(
  spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout?.trim() || 100,
);

/**
 * CPU milliseconds of this process's finished children, their own children
 * included (Linux: /proc/self/stat cutime + cstime); undefined elsewhere.
 */
function childrenCpu() {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

/** Wall time (and CPU time, where known) of one process, which must exit 0. */
function timed(command, args, options = {}) {
  const cpuBefore = childrenCpu();
  const started = performance.now();
  const result = spawnSync(command, args, {
    env,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    ...options,
  });
  const elapsed = performance.now() - started;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited ${result.status}:\n${result.stderr}`);
  }
  const cpuAfter = childrenCpu();
  const cpu = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  return { elapsed, cpu, stdout: result.stdout };
}

/**
 * Runs each command `times` times, in turns (ABBA: in order, then in reverse,
 * ...) so that a slow stretch of the machine falls on all; their results, a
 * list per command.
 */
function inTurns(times, ...commands) {
  const results = commands.map(() => []);
  const order = commands.map((_, index) => index);
  for (let turn = 0; turn < times; turn++) {
    for (const which of turn % 2 === 0 ? order : [...order].reverse()) {
      results[which].push(commands[which](turn));
    }
  }
  return results;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function writeInputs(folder, total = count) {
  mkdirSync(folder, { recursive: true });
  const sources = readdirSync(examples)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(examples, name), "utf8")));
  for (let index = 0; index < total; index++) {
    const source = sources[index % sources.length];
    const number = String(index).padStart(3, "0");
    // Without "$schema": its relative path would not resolve from the copy's folder.
    const copy = { ...source, $schema: undefined, id: `${source.id}-${number}` };
    writeFileSync(join(folder, `${number}.json`), `${JSON.stringify(copy, null, 2)}\n`);
  }
}

let batchCount = 0;

/** A packet batch; `nodeFlags` go to Node itself (before the command's file). */
function packets(inputs, jobs, extra = [], nodeFlags = []) {
  // A folder of its own for each batch: each starts from an empty one.
  const out = join(work, `out-${jobs}-${batchCount++}`);
  const args = [
    ...nodeFlags,
    cli,
    "packet",
    inputs,
    "--out",
    out,
    "--jobs",
    String(jobs),
    "--json",
    "--quiet",
    ...extra,
  ];
  const { elapsed, cpu, stdout } = timed(process.execPath, args);
  return { elapsed, cpu, summary: JSON.parse(stdout), out };
}

function memoryWindows(items) {
  const windows = { first: items.slice(0, 50), last: items.slice(-50) };
  const threads = [...new Set(items.map((item) => item.stats.threadId))].sort((a, b) => a - b);
  return threads.map((thread) => {
    const peak = (list, key) =>
      Math.max(
        0,
        ...list
          .filter((item) => item.stats.threadId === thread && item.stats[key] !== undefined)
          .map((item) => item.stats[key]),
      );
    return {
      thread,
      liveFirst: peak(windows.first, "live"),
      liveLast: peak(windows.last, "live"),
      heapFirst: peak(windows.first, "heapUsed"),
      heapLast: peak(windows.last, "heapUsed"),
      rssFirst: peak(windows.first, "rss"),
      rssLast: peak(windows.last, "rss"),
    };
  });
}

async function pandocAll(files, outFolder, parallel) {
  mkdirSync(outFolder, { recursive: true });
  const queue = [...files];
  const started = performance.now();
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const output = join(outFolder, file.replace(/[/\\]/g, "_").replace(/\.md$/, ".docx"));
      await new Promise((resolve, reject) => {
        const child = spawn("pandoc", ["-f", "markdown", "-t", "docx", "-o", output, file], {
          stdio: "ignore",
        });
        child.on("error", reject);
        child.on("exit", (code) =>
          code === 0 ? resolve() : reject(new Error(`pandoc exited ${code}`)),
        );
      });
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return performance.now() - started;
}

function contractDefinition(file) {
  const validation = validate(readFileSync(file, "utf8"));
  const generated = generate(validation.engagement, { documents: ["contract"] });
  return toPdfDefinition(generated.documents[0].model);
}

// 1 and 2: throughput and memory.
const inputs = join(work, "inputs");
writeInputs(inputs);
// This machine's speed drifts by 10-20 % over minutes, so the two commands run
// in turns, and the ratio is of their summed times. An even number of rounds,
// so each command runs first as often as second.
const rounds = 2 * Math.max(1, Math.ceil((Number(process.env.BENCH_ROUNDS) || 2) / 2));
// The third command is --jobs 1 with V8 single-threaded, that is on one core
// (below).
const [ones, twos, singles] = inTurns(
  rounds,
  () => packets(inputs, 1),
  () => packets(inputs, 2),
  () => packets(inputs, 1, [], ["--single-threaded"]),
);
const total = (list, key) =>
  list.some((run) => run[key] === undefined)
    ? undefined
    : list.reduce((sum, run) => sum + run[key], 0);
const one = { elapsed: total(ones, "elapsed"), cpu: total(ones, "cpu") };
const two = { elapsed: total(twos, "elapsed"), cpu: total(twos, "cpu") };
const single = total(singles, "elapsed");
const each = (list) => list.map((run) => seconds(run.elapsed)).join(", ");
rows.push([`${count} packets, --jobs 1 (${rounds} runs)`, each(ones), "", ""]);
rows.push([
  `${count} packets, --jobs 2 (${rounds} runs)`,
  each(twos),
  `${(one.elapsed / two.elapsed).toFixed(2)}x faster`,
  ">= 1.8x",
]);
// How well the pool shares out the work itself: against --jobs 1 kept to one
// core (no V8 helper threads), as the pool's workers are on two.
rows.push([
  `${count} packets, --jobs 1 on one core (node --single-threaded)`,
  each(singles),
  "",
  "",
]);
rows.push([
  "  --jobs 2 against --jobs 1 on one core",
  "",
  `${(single / two.elapsed).toFixed(2)}x faster`,
  "",
]);
// Why the ratio is what it is: --jobs 1 already keeps more than one core busy
// (V8 collects garbage and compiles on helper threads, on the idle core), and
// CPU per packet is what two busy workers can share out.
if (one.cpu !== undefined && two.cpu !== undefined) {
  const busyOne = one.cpu / one.elapsed;
  const busyTwo = two.cpu / two.elapsed;
  // The speed-up is this ratio over that of CPU per packet (below): with the
  // CPU per packet equal, --jobs 2 gains no more than it keeps cores busier.
  rows.push([
    "cores busy, --jobs 1 / --jobs 2",
    `${busyOne.toFixed(2)} / ${busyTwo.toFixed(2)}`,
    `${(busyTwo / busyOne).toFixed(2)}x as busy`,
    "",
  ]);
  rows.push([
    "CPU per packet, --jobs 1 / --jobs 2",
    `${seconds(one.cpu / count / rounds)} / ${seconds(two.cpu / count / rounds)}`,
    `${(two.cpu / one.cpu).toFixed(2)}x`,
    "",
  ]);
  // The most any split of --jobs 1's work can gain on this machine: done in
  // full on every core, that CPU time takes cpu / cores, so the speed-up is at
  // most cores / (cores --jobs 1 keeps busy). With more cores than two, --jobs 2
  // leaves V8 its helper threads too, and this bound does not apply.
  const cores = availableParallelism();
  if (cores <= 2) {
    rows.push([
      `ceiling on ${cores} cores: ${cores} / cores busy with --jobs 1`,
      "",
      `${(cores / busyOne).toFixed(2)}x`,
      "",
    ]);
  }
}
// 1b: a small batch, where a pool's per-worker warm-up would cost more than it
// saves (cli/src/batch/plan.ts plans this thread and a PDF thread instead).
const smallCount = 10;
const smallInputs = join(work, "inputs-small");
writeInputs(smallInputs, smallCount);
const [smallOnes, smallTwos] = inTurns(
  rounds,
  () => packets(smallInputs, 1),
  () => packets(smallInputs, 2),
);
const smallOne = total(smallOnes, "elapsed");
const smallTwo = total(smallTwos, "elapsed");
rows.push([`${smallCount} packets, --jobs 1 (${rounds} runs)`, each(smallOnes), "", ""]);
rows.push([
  `${smallCount} packets, --jobs 2 (${rounds} runs)`,
  each(smallTwos),
  `${(smallOne / smallTwo).toFixed(2)}x faster`,
  "> 1x",
]);
// A leak shows in the heap right after full collections (live data). The
// heap's peaks include garbage not yet collected: they follow V8's schedule
// of full collections, which grows with the heap early in a batch.
for (const window of memoryWindows(twos[0].summary.items)) {
  rows.push([
    `worker ${window.thread}: live heap, first 50 / last 50`,
    `${megabytes(window.liveFirst)} / ${megabytes(window.liveLast)}`,
    // No full collection yet in a small batch: nothing to compare.
    window.liveFirst > 0 ? `${(window.liveLast / window.liveFirst).toFixed(2)}x` : "n/a",
    "~1x (no leak)",
  ]);
  rows.push([
    `worker ${window.thread}: peak heap, first 50 / last 50`,
    `${megabytes(window.heapFirst)} / ${megabytes(window.heapLast)}`,
    `${(window.heapLast / window.heapFirst).toFixed(2)}x`,
    "",
  ]);
}
const rss = memoryWindows(twos[0].summary.items).reduce(
  (peak, window) => ({
    first: Math.max(peak.first, window.rssFirst),
    last: Math.max(peak.last, window.rssLast),
  }),
  { first: 0, last: 0 },
);
rows.push([
  "process RSS peak, first 50 / last 50",
  `${megabytes(rss.first)} / ${megabytes(rss.last)}`,
  `${(rss.last / rss.first).toFixed(2)}x`,
  "",
]);

// 3: cold build of one contract against cold raw pdfmake.
const contract = join(examples, "web-design.json");
const definitionFile = join(work, "contract-definition.json");
writeFileSync(definitionFile, JSON.stringify(contractDefinition(contract)));
const runs = 5;
const coldBuild = (run) =>
  timed(process.execPath, [
    cli,
    "build",
    contract,
    "--out",
    join(work, `cold-${run}`),
    "--doc",
    "contract",
  ]).elapsed;
const coldRaw = (run) =>
  timed(process.execPath, [
    join(here, "raw-pdfmake.mjs"),
    definitionFile,
    join(work, `raw-${run}.pdf`),
  ]).elapsed;
// In turns too, as the batches above.
const [builds, raws] = inTurns(runs, coldBuild, coldRaw);
const cold = median(builds);
const raw = median(raws);
rows.push(["cold build: contract, 4 formats (median of 5)", seconds(cold), "", ""]);
rows.push([
  "cold raw pdfmake: same contract, PDF only",
  seconds(raw),
  `${(cold / raw).toFixed(2)}x`,
  "<= 1.5x",
]);

// 4: pandoc as an outside baseline for DOCX.
const markdown = packets(inputs, 2, ["--doc", "contract", "--format", "md", "--no-zip"]);
const markdownFiles = readdirSync(markdown.out).map((id) => join(markdown.out, id, "contract.md"));
const docx = packets(inputs, 2, ["--doc", "contract", "--format", "docx", "--no-zip"]);
const pandocVersion = spawnSync("pandoc", ["--version"], { encoding: "utf8" });
if (pandocVersion.error === undefined) {
  const pandoc = await pandocAll(markdownFiles, join(work, "pandoc"), 2);
  rows.push([`${count} contracts to DOCX, clausework --jobs 2`, seconds(docx.elapsed), "", ""]);
  rows.push([
    `${count} contracts to DOCX, pandoc x2`,
    seconds(pandoc),
    `${(docx.elapsed / pandoc).toFixed(2)}x`,
    "baseline",
  ]);
} else {
  rows.push(["pandoc baseline", "skipped", "", "apt-get install pandoc"]);
}

const header = ["measure", "value", "ratio", "target"];
const widths = header.map((_, column) =>
  Math.max(...[header, ...rows].map((row) => row[column].length)),
);
const line = (row) =>
  row
    .map((cell, column) => cell.padEnd(widths[column]))
    .join("  ")
    .trimEnd();
console.log(
  [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n"),
);
console.log(`\n${count} inputs in ${work}`);

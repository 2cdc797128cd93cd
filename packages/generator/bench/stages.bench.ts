// Where the time before rendering goes: each stage of validate + generate as a share
// of the whole, per example, medians of RUNS runs (default 30) measured in this one
// process. Shares, never absolute times, are what to compare between machines.
//   npm run bench -w packages/generator
// The first generate of a process (templates, holiday calendars and formatters not
// yet built) is printed against the median one as a ratio.
import { readFileSync } from "node:fs";
import { validate } from "@clausework/schema";
import { advise, availableDocuments, compose, derive, generate, resolve } from "../src/index.js";

const runs = Number(process.env["RUNS"] ?? 30);
const examples = ["blog-retainer", "podcast-production", "web-design", "va-retainer-handover"];
const stages = ["validate", "resolve", "derive", "compose", "advise"] as const;
type Stage = (typeof stages)[number];

const read = (name: string) =>
  readFileSync(new URL(`../../../examples/engagements/${name}.json`, import.meta.url), "utf8");

const middle = (times: number[]) =>
  [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;

function timed<T>(times: number[], work: () => T): T {
  const start = performance.now();
  const result = work();
  times.push(performance.now() - start);
  return result;
}

function engagementOf(text: string) {
  const engagement = validate(text).engagement;
  if (engagement === undefined) throw new Error("example does not validate");
  return engagement;
}

const noTimes = () =>
  Object.fromEntries(stages.map((stage) => [stage, [] as number[]])) as Record<Stage, number[]>;

/** One pass through the stages, each timed on its own. */
function pass(text: string, times: Record<Stage, number[]>): void {
  const engagement = timed(times.validate, () => engagementOf(text));
  const resolved = timed(times.resolve, () => resolve(engagement));
  const facts = timed(times.derive, () => derive(resolved));
  timed(times.compose, () => {
    for (const kind of availableDocuments(engagement)) compose(resolved, facts, kind);
  });
  timed(times.advise, () => advise(engagement, facts));
}

const first = examples[0] ?? "";
const coldEngagement = engagementOf(read(first));
const coldStart = performance.now();
generate(coldEngagement);
const cold = performance.now() - coldStart;

const rows = [["example", ...stages.map((stage) => `${stage} %`), "generate ms"]];
for (const name of examples) {
  const text = read(name);
  const times = noTimes();
  for (let warm = 0; warm < 5; warm += 1) pass(text, noTimes());
  for (let run = 0; run < runs; run += 1) pass(text, times);
  const medians = stages.map((stage) => middle(times[stage]));
  const total = medians.reduce((sum, value) => sum + value, 0);
  const generateMs = total - (medians[0] ?? 0);
  rows.push([
    name,
    ...medians.map((value) => ((value / total) * 100).toFixed(1)),
    generateMs.toFixed(2),
  ]);
}

const warmTimes: number[] = [];
const engagement = engagementOf(read(first));
for (let run = 0; run < runs; run += 1) timed(warmTimes, () => generate(engagement));

const widths =
  rows[0]?.map((_, column) => Math.max(...rows.map((cells) => cells[column]?.length ?? 0))) ?? [];
console.log(`medians of ${runs} runs; shares of validate + generate`);
for (const cells of rows)
  console.log(cells.map((cell, column) => cell.padStart(widths[column] ?? 0)).join("  "));
console.log(
  `first generate of the process against a warm one (${first}): ${(cold / middle(warmTimes)).toFixed(1)}×`,
);

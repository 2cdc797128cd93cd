// Where a keystroke's time goes (not a test): types into the contract's title in
// Chromium with a performance trace on, then splits each keystroke, from keydown
// to the preview's update, into what the page's thread and the pipeline worker did.
//   node --import tsx bench/trace-keystroke.ts [-- --keystrokes 20 --example web-design --out trace.json]
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { CDPSession, Page } from "playwright-core";
import {
  chooseExample,
  cursorToLineEnd,
  launchChromium,
  openApp,
  previewGeneration,
  waitForPreview,
} from "../test/support/browser.js";
import { exampleText, lineOf } from "../test/support/examples.js";
import { appRoot, buildApp } from "../test/support/build-app.js";
import { serveStatic } from "../test/support/static-server.js";
import { summarise } from "./trace-summary.js";
import type { TraceEvent } from "./trace-summary.js";

const { values } = parseArgs({
  options: {
    keystrokes: { type: "string", default: "20" },
    example: { type: "string", default: "web-design" },
    out: { type: "string" },
    "no-build": { type: "boolean", default: false },
  },
});

const categories = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "blink.user_timing",
  "toplevel",
  "v8.execute",
  "v8",
  "blink",
  "disabled-by-default-devtools.timeline.frame",
  ...(process.env["TRACE_CPU"] ? ["disabled-by-default-v8.cpu_profiler"] : []),
].join(",");

const settle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Marks every keydown and every preview update in the trace. */
async function markStages(page: Page): Promise<void> {
  await page.evaluate(() => {
    addEventListener("keydown", () => performance.mark("bench-key"), { capture: true });
    document
      .querySelector("#preview")
      ?.addEventListener("preview-updated", () => performance.mark("bench-updated"));
  });
}

async function record(session: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  session.on("Tracing.dataCollected", ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const done = new Promise<void>((resolve) =>
    session.once("Tracing.tracingComplete", () => resolve()),
  );
  await session.send("Tracing.start", { categories, transferMode: "ReportEvents" });
  await run();
  await session.send("Tracing.end");
  await done;
  return events;
}

if (!values["no-build"]) buildApp();
const server = await serveStatic(`${appRoot}dist`);
const browser = await launchChromium();
try {
  const { page } = await openApp(browser, server.url);
  const name = values.example;
  await chooseExample(page, name);
  const text = exampleText(name);
  const title = (JSON.parse(text) as { project: { title: string } }).project.title;
  await cursorToLineEnd(page, lineOf(text, `"title": ${JSON.stringify(title)}`));
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await markStages(page);
  for (let warm = 0; warm < 10; warm += 1) {
    const generation = await previewGeneration(page);
    await page.keyboard.press("x");
    await waitForPreview(page, generation);
    await settle(200);
  }
  const session = await page.context().newCDPSession(page);
  const events = await record(session, async () => {
    for (let step = 0; step < Number(values.keystrokes); step += 1) {
      const generation = await previewGeneration(page);
      await page.keyboard.press("x");
      await waitForPreview(page, generation);
      await settle(300);
    }
  });
  if (values.out !== undefined) writeFileSync(values.out, JSON.stringify({ traceEvents: events }));
  console.log(summarise(events));
} finally {
  await browser.close();
  await server.close();
}

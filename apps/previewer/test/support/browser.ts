// Debian's Chromium driven by playwright-core, and the previewer page in it. The
// package is required: a missing browser fails loudly instead of skipping.
import { existsSync, mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { appRoot } from "./build-app.js";

const executablePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

export const artifactsDir = `${appRoot}test-results`;

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install the Debian package "chromium" ` +
        "(apt-get install chromium) or set CHROMIUM_PATH.",
    );
  }
  mkdirSync(artifactsDir, { recursive: true });
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** A page of the previewer, with everything it logged, requested or popped up. */
export type AppPage = {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught exceptions, page and workers. */
  readonly errors: string[];
  /** Every URL requested by the page and its workers. */
  readonly requests: string[];
  /** Every alert, confirm or prompt that opened. */
  readonly dialogs: string[];
};

export async function openApp(browser: Browser, url: string): Promise<AppPage> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("worker", (worker) =>
    worker.on("console", (m) => m.type() === "error" && errors.push(m.text())),
  );
  page.on("request", (request) => requests.push(request.url()));
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  await waitForPreview(page, 0);
  return { context, page, errors, requests, dialogs };
}

/** The preview's generation number (how many documents it has shown). */
export async function previewGeneration(page: Page): Promise<number> {
  return Number((await page.locator("#preview").getAttribute("data-generation")) ?? "0");
}

/** Waits until the preview shows a document newer than generation `after`. */
export async function waitForPreview(page: Page, after: number): Promise<number> {
  await page.waitForFunction(
    (previous) =>
      Number(document.querySelector("#preview")?.getAttribute("data-generation") ?? "0") > previous,
    after,
    { timeout: 60_000 },
  );
  return previewGeneration(page);
}

/** Picks an example from the menu and waits for its preview; returns the new generation. */
export async function chooseExample(page: Page, name: string): Promise<number> {
  const before = await previewGeneration(page);
  await page.selectOption("#example", name);
  return waitForPreview(page, before);
}

/** Replaces the editor's text and waits for its preview; returns the new generation. */
export async function showEditorText(page: Page, text: string): Promise<number> {
  const before = await previewGeneration(page);
  await setEditorText(page, text);
  return waitForPreview(page, before);
}

/** The visible text of the document in the preview iframe. */
export async function previewText(page: Page): Promise<string> {
  return page.frameLocator("#preview iframe.shown").locator("body").innerText();
}

/** Replaces the editor's text as a paste would. */
export async function setEditorText(page: Page, text: string): Promise<void> {
  await page.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(text);
}

/** Puts the cursor at the end of 1-based `line` with the keyboard. */
export async function cursorToLineEnd(page: Page, line: number): Promise<void> {
  await page.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+Home");
  for (let step = 1; step < line; step += 1) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("End");
}

/** The 1-based line the cursor is on, as the editor's active-line gutter shows it. */
export async function cursorLine(page: Page): Promise<number> {
  return Number(await page.locator(".cm-lineNumbers .cm-activeLineGutter").innerText());
}

// Editing in a real browser: examples, live preview while typing, problems with
// their lines, the text kept across reloads, and a screenshot of every tab.
import { validate } from "@clausework/schema";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppPage } from "./support/browser.js";
import {
  artifactsDir,
  chooseExample,
  cursorLine,
  cursorToLineEnd,
  launchChromium,
  openApp,
  previewGeneration,
  previewText,
  setEditorText,
  showEditorText,
  waitForPreview,
} from "./support/browser.js";
import { exampleNames, exampleText, lineOf, withField } from "./support/examples.js";

type Named = { name: string };
type Example = { client: Named; freelancer: Named; project: { title: string }; handover?: unknown };

const parsed = (name: string): Example => JSON.parse(exampleText(name)) as Example;

let browser: Browser;
let app: AppPage;

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser, inject("previewerUrl"));
});

afterAll(async () => {
  await browser?.close();
});

async function showTab(kind: string): Promise<void> {
  const before = await previewGeneration(app.page);
  await app.page.click(`#preview [data-group="kind"][data-value="${kind}"]`);
  await waitForPreview(app.page, before);
}

describe("the previewer in Chromium", () => {
  it("offers every bundled example and previews the one picked", async () => {
    const options = await app.page
      .locator("#example option")
      .evaluateAll((all) => all.map((option) => (option as HTMLOptionElement).value));
    expect(options).toEqual(exampleNames);
    for (const name of exampleNames) {
      await chooseExample(app.page, name);
      const text = await previewText(app.page);
      expect(text).toContain(parsed(name).client.name);
      expect(text).toContain(parsed(name).freelancer.name);
    }
  });

  it("updates the preview while a field is typed", async () => {
    const name = "web-design";
    await chooseExample(app.page, name);
    const title = parsed(name).project.title;
    const line = lineOf(exampleText(name), `"title": ${JSON.stringify(title)}`);
    const before = await previewGeneration(app.page);
    await cursorToLineEnd(app.page, line);
    const tail = exampleText(name).split("\n")[line - 1]?.endsWith(",") ? 2 : 1;
    for (let step = 0; step < tail; step += 1) await app.page.keyboard.press("ArrowLeft");
    await app.page.keyboard.type(" (Phase Two)");
    await waitForPreview(app.page, before);
    await expect.poll(() => previewText(app.page)).toContain(`${title} (Phase Two)`);
  });

  it("lists invalid JSON as a problem on its line, and choosing it moves the cursor there", async () => {
    const lines = exampleText("web-design").split("\n");
    const broken = lineOf(exampleText("web-design"), '"currency"');
    lines[broken - 1] = lines[broken - 1]?.replace(/,$/, "") ?? "";
    const text = lines.join("\n");
    const expected = validate(text).diagnostics.find(
      (diagnostic) => diagnostic.severity === "error",
    );
    expect(expected?.line).toBeGreaterThanOrEqual(broken);
    await setEditorText(app.page, text);
    const problem = app.page.locator("#diagnostics .problems .diagnostic.error").first();
    await expect
      .poll(() => problem.locator(".place").innerText())
      .toBe(`line ${expected?.line}:${expected?.column}`);
    await expect.poll(() => problem.locator(".message").innerText()).toBe(expected?.message);
    await expect.poll(() => app.page.locator("#preview .note").isVisible()).toBe(true);
    await app.page.keyboard.press("ControlOrMeta+Home");
    expect(await cursorLine(app.page)).toBe(1);
    await problem.click();
    expect(await cursorLine(app.page)).toBe(expected?.line);
  });

  it("lists the generator's advice, and choosing one moves the cursor to the part it is about", async () => {
    const text = withField("web-design", (engagement) => {
      delete (engagement["fees"] as Record<string, unknown>)["lateFee"];
    });
    await showEditorText(app.page, text);
    const advice = app.page.locator("#diagnostics .advice .diagnostic", { hasText: "no-late-fee" });
    await expect.poll(() => advice.count()).toBe(1);
    expect(await advice.locator(".place").innerText()).toBe("/fees/lateFee");
    await app.page.keyboard.press("ControlOrMeta+Home");
    await advice.click();
    expect(await cursorLine(app.page)).toBe(lineOf(text, '"fees": {'));
  });

  it("keeps the text across a reload and resets to the example on request", async () => {
    await chooseExample(app.page, "blog-retainer");
    const marker = "Kept across reloads";
    const text = exampleText("blog-retainer").replace(
      parsed("blog-retainer").project.title,
      marker,
    );
    await showEditorText(app.page, text);
    await app.page.waitForFunction(
      (expected) => localStorage.getItem("clausework-previewer:v1")?.includes(expected) ?? false,
      marker,
    );
    await app.page.reload();
    await waitForPreview(app.page, 0);
    expect(await app.page.locator("#example").inputValue()).toBe("blog-retainer");
    expect(await previewText(app.page)).toContain(marker);
    const restored = await previewGeneration(app.page);
    await app.page.click("#reset");
    await waitForPreview(app.page, restored);
    expect(await previewText(app.page)).not.toContain(marker);
    expect(await previewText(app.page)).toContain(parsed("blog-retainer").project.title);
  });

  it("shows each document in its tab (screenshots in test-results/)", async () => {
    const name = exampleNames.find((example) => parsed(example).handover !== undefined);
    expect(name, "an example with a handover").toBeDefined();
    await chooseExample(app.page, name ?? "");
    for (const kind of ["proposal", "contract", "handover"]) {
      await showTab(kind);
      expect(await app.page.locator("#preview").getAttribute("data-kind")).toBe(kind);
      expect((await previewText(app.page)).length).toBeGreaterThan(200);
      await app.page.screenshot({ path: `${artifactsDir}/${kind}.png` });
    }
  });

  it("logged no console errors and requested nothing but its own files", () => {
    expect(app.errors).toEqual([]);
    const origin = new URL(inject("previewerUrl")).origin;
    const foreign = app.requests.filter(
      (url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url),
    );
    expect(foreign).toEqual([]);
    expect(app.requests.length).toBeGreaterThan(0);
  });
});

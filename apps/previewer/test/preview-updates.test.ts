// Editing the document on screen updates its page in place: fast typing loses no
// keystroke while previews build, and the patched page is exactly the page the
// renderer built, whatever the edit added, removed or moved.
import { renderHtml } from "@clausework/render-html";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildDocument } from "../src/build-documents.js";
import type { AppPage } from "./support/browser.js";
import {
  chooseExample,
  cursorToLineEnd,
  launchChromium,
  openApp,
  previewGeneration,
  previewText,
  showEditorText,
} from "./support/browser.js";
import { exampleText, lineOf, withField } from "./support/examples.js";

type Deliverable = Record<string, unknown> & { id: string; title: string };

let browser: Browser;
let app: AppPage;

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser, inject("previewerUrl"));
  await chooseExample(app.page, "web-design");
});

afterAll(async () => {
  await browser?.close();
});

/** The page on screen, and the page the renderer builds from `text`, both as the browser serialises them. */
async function shownAndExpected(text: string): Promise<{ shown: string; expected: string }> {
  const model = buildDocument(text, "contract").model;
  if (model === undefined) throw new Error("the test text builds no contract");
  const html = renderHtml(model, { standalone: true });
  return app.page.evaluate((page) => {
    const frame = document.querySelector<HTMLIFrameElement>("#preview iframe.shown");
    return {
      shown: frame?.contentDocument?.documentElement.outerHTML ?? "",
      expected: new DOMParser().parseFromString(page, "text/html").documentElement.outerHTML,
    };
  }, html);
}

describe("the preview of the document on screen", () => {
  it("keeps every keystroke of fast typing while previews build", async () => {
    const text = exampleText("web-design");
    const title = (JSON.parse(text) as { project: { title: string } }).project.title;
    const line = lineOf(text, `"title": ${JSON.stringify(title)}`);
    await cursorToLineEnd(app.page, line);
    const tail = text.split("\n")[line - 1]?.endsWith(",") ? 2 : 1;
    for (let step = 0; step < tail; step += 1) await app.page.keyboard.press("ArrowLeft");
    const before = await previewGeneration(app.page);
    // No delay between keys: most arrive while the worker builds or the page shows a preview.
    await app.page.keyboard.type(" and an online shop with forty-two productz");
    await app.page.keyboard.press("Backspace");
    await app.page.keyboard.type("s (phase 2)");
    const expected = `${title} and an online shop with forty-two products (phase 2)`;
    expect(await app.page.locator(".cm-activeLine").innerText()).toContain(
      `"title": ${JSON.stringify(expected)}`,
    );
    await expect.poll(() => previewText(app.page)).toContain(expected);
    expect(await previewGeneration(app.page)).toBeGreaterThan(before + 1);
  });

  it("is exactly the renderer's page after edits that add, remove and reorder parts", async () => {
    const edits = [
      withField("web-design", (engagement) => {
        const deliverables = engagement["deliverables"] as Deliverable[];
        const first = deliverables[0];
        if (first !== undefined)
          deliverables.splice(1, 0, { ...first, id: "extra-page", title: "An extra page" });
      }),
      withField("web-design", (engagement) => {
        delete (engagement["fees"] as Record<string, unknown>)["lateFee"];
        (engagement["deliverables"] as Deliverable[]).reverse();
      }),
      withField("web-design", (engagement) => {
        (engagement["client"] as { name: string }).name = "Saltmarsh & <Sons>";
      }),
      exampleText("web-design"),
    ];
    for (const text of edits) {
      await showEditorText(app.page, text);
      const { shown, expected } = await shownAndExpected(text);
      expect(shown).toBe(expected);
    }
  });
});

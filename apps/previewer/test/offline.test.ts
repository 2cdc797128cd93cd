// After one visit the previewer works offline: its service worker keeps every
// file of the build, so a reload without a network still builds documents.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AppPage } from "./support/browser.js";
import {
  chooseExample,
  launchChromium,
  openApp,
  previewText,
  waitForPreview,
} from "./support/browser.js";
import { exampleNames, exampleText } from "./support/examples.js";

let browser: Browser;
let app: AppPage;

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser, inject("previewerUrl"));
});

afterAll(async () => {
  await browser?.close();
});

describe("offline", () => {
  it("reloads and previews every example with the network off", async () => {
    await app.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    await app.context.setOffline(true);
    await app.page.reload();
    await waitForPreview(app.page, 0);
    for (const name of exampleNames) {
      await chooseExample(app.page, name);
      const client = (JSON.parse(exampleText(name)) as { client: { name: string } }).client.name;
      expect(await previewText(app.page)).toContain(client);
    }
    await app.context.setOffline(false);
  });

  it("logged no console errors", () => {
    expect(app.errors).toEqual([]);
  });
});

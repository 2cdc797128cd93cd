// Hostile data never runs: markup and javascript: links typed into any field
// show as text in a sandboxed preview, under a strict Content Security Policy.
import { readFileSync } from "node:fs";
import { validate } from "@clausework/schema";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { contentSecurityPolicy } from "../build/content-security-policy.js";
import type { AppPage } from "./support/browser.js";
import { launchChromium, openApp, previewText, showEditorText } from "./support/browser.js";
import { withField } from "./support/examples.js";
import { appRoot } from "./support/build-app.js";

const script = "<script>parent.pwned = 'script'; alert('script')</script>";
const image = `<img src=x onerror="parent.pwned = 'img'; alert('img')">`;
const link = "javascript:parent.pwned='link'";

type Engagement = {
  client: { name: string };
  project: { title: string; summary?: string };
  deliverables: { title: string }[];
};

const hostile = withField("web-design", (value) => {
  const engagement = value as Engagement;
  engagement.client.name = `Acme ${script}`;
  engagement.project.title = `Site ${image}`;
  engagement.project.summary = `[Click here](${link}) or <a href="${link}">here</a>`;
  const first = engagement.deliverables[0];
  if (first !== undefined) first.title = `${link} ${script}`;
});

let browser: Browser;
let app: AppPage;

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser, inject("previewerUrl"));
});

afterAll(async () => {
  await browser?.close();
});

describe("hostile data in the previewer", () => {
  it("is valid input, so the test really renders it", () => {
    expect(validate(hostile).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("shows markup and javascript: links as plain text, and nothing runs", async () => {
    await showEditorText(app.page, hostile);
    const text = await previewText(app.page);
    expect(text).toContain(script);
    expect(text).toContain("<img src=x onerror=");
    const frame = app.page.frameLocator("#preview iframe.shown");
    const dangerous = await frame
      .locator("script, img, iframe, object, embed, [onerror], [onclick], a[href^='javascript:' i]")
      .count();
    expect(dangerous).toBe(0);
    // Whatever is clickable stays inert: the preview never follows a link.
    const anchors = await frame.locator("a").all();
    expect(anchors.length).toBeGreaterThan(0);
    for (const anchor of anchors) await anchor.click();
    await expect
      .poll(() => app.page.locator("#status").innerText())
      .toContain("Links are not followed in the preview");
    expect(
      app.page.frames().every((f) => f.url() === "about:srcdoc" || f === app.page.mainFrame()),
    ).toBe(true);
    expect(await app.page.evaluate(() => (window as { pwned?: string }).pwned)).toBeUndefined();
    expect(app.dialogs).toEqual([]);
  });

  it("previews in a sandboxed srcdoc iframe that may not run scripts", async () => {
    const iframe = app.page.locator("#preview iframe.shown");
    const sandbox = await iframe.getAttribute("sandbox");
    expect(sandbox).not.toBeNull();
    expect(sandbox?.split(/\s+/)).not.toContain("allow-scripts");
    expect(await iframe.getAttribute("srcdoc")).toContain("Content-Security-Policy");
  });

  it("ships a strict Content Security Policy: scripts only from its own files, no eval", async () => {
    const html = readFileSync(`${appRoot}dist/index.html`, "utf8");
    const policy = app.page.locator('meta[http-equiv="Content-Security-Policy"]');
    expect(await policy.getAttribute("content")).toBe(contentSecurityPolicy);
    const scripts = contentSecurityPolicy
      .split("; ")
      .find((directive) => directive.startsWith("script-src"));
    expect(scripts).toBe("script-src 'self'");
    expect(contentSecurityPolicy).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it("logged no console errors and requested nothing but its own files", () => {
    expect(app.errors).toEqual([]);
    const origin = new URL(inject("previewerUrl")).origin;
    expect(
      app.requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)),
    ).toEqual([]);
  });
});

/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Real-client checks: the HTML as headless Chromium parses and lays it out.
import { isolate, list, paragraph, sampleDocument, text } from "@clausework/model";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy, renderHtml } from "../src/index.js";
import { launchChromium } from "./chromium.js";
import { hostileDocument, hostilePlaces, hostileValues } from "./hostile.js";
import { visibleWords } from "./visible-words.js";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser.close();
});

const bodyWords = (): Promise<string[]> =>
  page.evaluate(() => document.body.innerText.split(/\s+/).filter((word) => word !== ""));

describe("sample document in Chromium", () => {
  it("shows every word of the model exactly once, in reading order", async () => {
    await page.setContent(renderHtml(sampleDocument));
    expect(await bodyWords()).toEqual(visibleWords(sampleDocument));
  });

  it("the fragment shows the same words as the page", async () => {
    await page.setContent(renderHtml(sampleDocument, { standalone: false }));
    expect(await bodyWords()).toEqual(visibleWords(sampleDocument));
  });

  it("has the content policy as the first thing after the charset, and no script", async () => {
    await page.setContent(renderHtml(sampleDocument));
    const head = await page.evaluate(() =>
      [...document.head.children].map((child) => child.getAttribute("content") ?? child.tagName),
    );
    expect(head.slice(0, 2)).toEqual(["META", contentSecurityPolicy]);
    expect(await page.evaluate(() => document.querySelectorAll("script").length)).toBe(0);
  });

  it("prints on two pages, because of the page break", async () => {
    await page.setContent(renderHtml(sampleDocument));
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(2);
  });
});

describe.each(hostileValues)("hostile text %j", (value) => {
  beforeAll(async () => {
    await page.setContent(renderHtml(hostileDocument(value)));
  });

  it("creates no active element, event handler or unsafe link", async () => {
    const found = await page.evaluate(() => {
      const all = [...document.querySelectorAll("*")];
      return {
        active: document.querySelectorAll("script, img, iframe, object, embed, svg, form, base")
          .length,
        handlers: all.flatMap((el) =>
          el.getAttributeNames().filter((name) => name.startsWith("on")),
        ),
        hrefs: [...document.querySelectorAll("a")].map((a) => a.getAttribute("href") ?? ""),
      };
    });
    expect(found.active).toBe(0);
    expect(found.handlers).toEqual([]);
    // The HTML parser turns CR and CRLF into LF in attribute values, as in text.
    expect(found.hrefs).toEqual([`https://example.com/${value.replace(/\r\n?/g, "\n")}`]);
  });

  it("prints the value literally in every place, line breaks as line breaks", async () => {
    const texts = await page.evaluate(() =>
      [...document.body.querySelectorAll("h1, h2, p, dt, dd, caption, th, td")].map(
        (el) => (el as HTMLElement).innerText,
      ),
    );
    const expected = value.replace(/\r\n?/g, "\n");
    expect(texts.filter((found) => found === expected)).toHaveLength(hostilePlaces);
  });
});

describe("right-to-left names", () => {
  it("lets the browser lay out Hebrew and Arabic text right to left", async () => {
    await page.setContent(renderHtml(hostileDocument("אברהם כהן")));
    const directions = await page.evaluate(() =>
      [...document.querySelectorAll("td, dd, .signatory-name")].map(
        (el) => getComputedStyle(el).direction,
      ),
    );
    expect(directions.length).toBeGreaterThan(4);
    expect(new Set(directions)).toEqual(new Set(["rtl"]));
  });
});

describe("a Hebrew name in an English document", () => {
  const client = "חברת שלום בע״מ\nSuite 5, 1 Main St\n+1 213 555 0163";
  const doc = {
    ...sampleDocument,
    children: [
      { type: "keyFacts" as const, items: [{ label: "Client", value: text(client) }] },
      paragraph(...text("הלקוח ישלם 50% מראש.")),
    ],
  };

  /** Direction of the key fact and the paragraph, and where "+1" and "0163" are drawn. */
  const layout = () =>
    page.evaluate(() => {
      const dd = document.querySelector("dd");
      const hebrew = document.querySelector("article > p");
      const phone = [...(dd?.childNodes ?? [])].find((node) => node.textContent?.includes("+1"));
      const left = (from: number, to: number) => {
        const range = document.createRange();
        if (phone !== undefined) range.setStart(phone, from);
        if (phone !== undefined) range.setEnd(phone, to);
        return range.getBoundingClientRect().left;
      };
      const text = phone?.textContent ?? "";
      return {
        cell: dd === null ? "" : getComputedStyle(dd).direction,
        paragraph: hebrew === null ? "" : getComputedStyle(hebrew).direction,
        plusOne: left(text.indexOf("+1"), text.indexOf("+1") + 2),
        lastGroup: left(text.indexOf("0163"), text.indexOf("0163") + 4),
      };
    });

  it("keeps the mixed cell left to right, its phone number as typed; a wholly Hebrew paragraph is right to left", async () => {
    await page.setContent(renderHtml(doc));
    const seen = await layout();
    expect(seen.cell).toBe("ltr");
    expect(seen.paragraph).toBe("rtl");
    expect(seen.plusOne).toBeLessThan(seen.lastGroup);
  });

  it("does the same as a fragment inside a right-to-left page", async () => {
    const fragment = renderHtml(doc, { standalone: false });
    await page.setContent(`<!doctype html><html dir="rtl"><body>${fragment}</body></html>`);
    const seen = await layout();
    expect(seen.cell).toBe("ltr");
    expect(seen.paragraph).toBe("rtl");
    expect(seen.plusOne).toBeLessThan(seen.lastGroup);
  });
});

describe("an Arabic title set into an English line", () => {
  const title = "تصميم الموقع v2 — 3 صفحات";
  const withLine = (line: string) => ({ ...sampleDocument, children: [paragraph(...text(line))] });

  /** Where the colon after the title is drawn, and the right edge of the title's last word. */
  const layout = () =>
    page.evaluate(() => {
      const paragraph = document.querySelector("article > p");
      const walker = document.createTreeWalker(paragraph ?? document.body, NodeFilter.SHOW_TEXT);
      const rect = (match: RegExp) => {
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const found = match.exec(node.textContent ?? "");
          if (found === null) continue;
          const range = document.createRange();
          range.setStart(node, found.index);
          range.setEnd(node, found.index + found[0].length);
          walker.currentNode = paragraph ?? document.body;
          return range.getBoundingClientRect();
        }
        walker.currentNode = paragraph ?? document.body;
        return undefined;
      };
      return { colon: rect(/:/)?.left ?? -1, lastWord: rect(/صفحات/)?.right ?? -1 };
    });

  it("keeps ': 5 pages' after the title when the title is isolated (a <bdi>)", async () => {
    await page.setContent(renderHtml(withLine(`${isolate(title)}: 5 pages`)));
    expect(await page.locator("bdi").getAttribute("dir")).toBe("ltr");
    const seen = await layout();
    expect(seen.colon).toBeGreaterThan(0);
    expect(seen.colon).toBeGreaterThanOrEqual(seen.lastWord - 0.5);
  });

  it("draws ': 5' inside the Arabic run without the isolate, which is why values get one", async () => {
    await page.setContent(renderHtml(withLine(`${title}: 5 pages`)));
    const seen = await layout();
    expect(seen.colon).toBeGreaterThan(0);
    expect(seen.colon).toBeLessThan(seen.lastWord);
  });
});

describe("a list with a right-to-left item", () => {
  it("mirrors the item: its indent, where the marker hangs, is on the right", async () => {
    const doc = {
      ...sampleDocument,
      children: [
        list(false, [
          [paragraph(...text("אירוח האתר ותחזוקה שוטפת"))],
          [paragraph(...text("Copywriting"))],
        ]),
      ],
    };
    await page.setContent(renderHtml(doc));
    const boxes = await page.evaluate(() => {
      const box = (element: Element | null | undefined) => element?.getBoundingClientRect();
      const list = document.querySelector("ul");
      const [hebrew, english] = [...document.querySelectorAll("li")];
      const content = box(list);
      const padding = list === null ? 0 : Number.parseFloat(getComputedStyle(list).paddingLeft);
      return {
        listLeft: content?.left ?? 0,
        listRight: content?.right ?? 0,
        padding,
        hebrew: { left: box(hebrew)?.left ?? 0, right: box(hebrew)?.right ?? 0 },
        english: { left: box(english)?.left ?? 0, right: box(english)?.right ?? 0 },
        marker: hebrew === undefined ? "" : getComputedStyle(hebrew).direction,
      };
    });
    expect(boxes.padding).toBeGreaterThan(10);
    expect(boxes.marker).toBe("rtl");
    expect(boxes.english.left).toBeCloseTo(boxes.listLeft + boxes.padding, 0);
    expect(boxes.english.right).toBeCloseTo(boxes.listRight, 0);
    expect(boxes.hebrew.left).toBeCloseTo(boxes.listLeft, 0);
    expect(boxes.hebrew.right).toBeCloseTo(boxes.listRight - boxes.padding, 0);
  });
});

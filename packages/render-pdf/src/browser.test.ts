// The browser entry point must not reach Node's built-ins, and given the font
// files it must produce the same bytes as the Node entry point reading them.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { paragraph, sampleDocument, text } from "@clausework/model";
import { renderPdf } from "./index.js";
import { faceStyles, fontModules, type FontFiles } from "./fonts.js";

const source = dirname(fileURLToPath(import.meta.url));

/** Relative modules reachable from one file, by following its import lines. */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(join(source, file), "utf8");
  for (const match of text.matchAll(/^(?:import|export)[^'"]*["'](\.\.?\/[^'"]+)\.js["']/gm)) {
    reachable(join(dirname(file), `${match[1] ?? ""}.ts`), seen);
  }
  return seen;
}

describe("the browser entry point", () => {
  it("imports nothing from node: along any path", () => {
    const files = [...reachable("browser.ts")];
    expect(files).toContain("api.ts");
    for (const file of files) {
      expect(readFileSync(join(source, file), "utf8"), file).not.toMatch(/from "node:/);
    }
  });

  it("renders the same bytes from font files passed in as from the packages", async () => {
    const require = createRequire(import.meta.url);
    const fileFamilies = Object.keys(fontModules) as (keyof typeof fontModules)[];
    const fonts = Object.fromEntries(
      fileFamilies.map((family) => [
        family,
        Object.fromEntries(
          faceStyles.map((style) => [
            style,
            new Uint8Array(readFileSync(require.resolve(fontModules[family][style]))),
          ]),
        ),
      ]),
    ) as unknown as FontFiles;
    const fromPackages = await renderPdf(sampleDocument);
    const passedIn = await renderPdf(sampleDocument, { fonts });
    expect(Buffer.from(passedIn).equals(Buffer.from(fromPackages))).toBe(true);
  });

  it("draws Hebrew and Arabic from the two families a browser passes (Inter, DejaVu Sans)", async () => {
    const require = createRequire(import.meta.url);
    const family = (name: "Inter" | "DejaVu Sans") =>
      Object.fromEntries(
        faceStyles.map((style) => [
          style,
          new Uint8Array(readFileSync(require.resolve(fontModules[name][style]))),
        ]),
      );
    const fonts = { Inter: family("Inter"), "DejaVu Sans": family("DejaVu Sans") } as FontFiles;
    const doc = {
      ...sampleDocument,
      children: [paragraph(...text("Client: חברת שלום בע״מ, تصميم الموقع v2 — 3 صفحات"))],
    };
    const fromPackages = await renderPdf(doc);
    const passedIn = await renderPdf(doc, { fonts });
    expect(Buffer.from(passedIn).equals(Buffer.from(fromPackages))).toBe(true);
  });
});

import { readFileSync } from "node:fs";
import { generate } from "@clausework/generator";
import { renderPdf } from "@clausework/render-pdf";
import { validate } from "@clausework/schema";
import { describe, expect, it } from "vitest";
import { visibleWords, warmUp, warmUpDocuments } from "./pdf-warm-up.js";

describe("the PDF thread's warm-up", { timeout: 120_000 }, () => {
  it("keeps the words of a clause and drops its template tags and marks", () => {
    expect(
      visibleWords(
        '{{#if (eq a "b")}}\nThe **work** is _yours_.\n{{/if}}\n{{!-- a note --}}\n- {{money fees.total}} due',
      ),
    ).toBe("The work is yours . - due");
  });

  it("lays out every built-in clause, in small documents, with no template tag left", () => {
    const documents = warmUpDocuments();
    expect(documents.length).toBeGreaterThan(2);
    const text = JSON.stringify(documents);
    expect(text).not.toContain("{{");
    expect(text).toContain("Credit");
  });

  it("stops at the first turn of the event loop after real work arrives", async () => {
    let rendered = 0;
    let arrived = false;
    // A message from the main thread is a macrotask; renderPdf settles in microtasks.
    setImmediate(() => {
      arrived = true;
    });
    await warmUp(
      async () => {
        await Promise.resolve();
        rendered++;
      },
      () => arrived,
    );
    expect(rendered).toBe(1);
  });

  it("changes no byte of a PDF rendered after it", async () => {
    const source = readFileSync(
      new URL("../../../../examples/engagements/blog-retainer.json", import.meta.url),
      "utf8",
    );
    const validation = validate(source);
    if (validation.engagement === undefined) throw new Error("the example is invalid");
    const contract = generate(validation.engagement, { documents: ["contract"] }).documents[0];
    if (contract === undefined) throw new Error("no contract");
    const before = await renderPdf(contract.model);
    for (const doc of warmUpDocuments()) await renderPdf(doc);
    expect(Buffer.from(await renderPdf(contract.model)).equals(Buffer.from(before))).toBe(true);
  });
});

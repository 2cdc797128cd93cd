// The shared list of hostile inputs, end to end. Each value goes into the field
// its entry names (the first item for "*") of a real example. What the entry
// says to refuse, validate refuses (the exact codes and messages are tested in
// packages/schema); what it says to render comes out literally, word for word,
// in the HTML, Markdown, DOCX and PDF text of the engagement's documents.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { generate } from "@clausework/generator";
import { renderDocx } from "@clausework/render-docx";
import { renderHtml } from "@clausework/render-html";
import { renderMarkdown } from "@clausework/render-markdown";
import { renderPdf, toPdfDefinition } from "@clausework/render-pdf";
import { validate } from "@clausework/schema";
import { setAt } from "@clausework/schema/test-support";
import { engagementsDirectory } from "./build-example.js";
import { pdfjsLines } from "./pdf-reading.js";
import { run } from "./tools.js";
import { decodeEntities, docxLines, htmlLines, pdfLines } from "./words.js";

type Entry = { id: string; field_hint: string; value: unknown; expected: string };

const entries = JSON.parse(
  readFileSync(
    new URL("../../packages/schema/test/bad-inputs-public.json", import.meta.url),
    "utf8",
  ),
) as Entry[];

/**
 * Text the PDF cannot draw: cuneiform is in no embedded font, which the entry
 * allows. The PDF renderer refuses it with PDF_MISSING_GLYPHS naming the field,
 * never drops it.
 */
const PDF_REFUSES = new Set(["wide-glyphs"]);

/**
 * Right-to-left values, drawn in visual order. pdf.js reads every such value
 * back whole, in logical order (checked separately below). pdftotext (without
 * -raw) turns each right-to-left run back into logical order too, but its own
 * simplified bidirectional pass moves the space between an Arabic run and the
 * Latin word after it to the run's other end ("الموقعv2"): a value whose runs
 * mix directions is found there word by word, a value of one direction whole.
 */
const RIGHT_TO_LEFT = new Map([
  ["rtl-hebrew", "whole"],
  ["rtl-arabic-mixed", "words"],
]);

/**
 * Whether the value makes paragraphs right to left. Only a paragraph without
 * left-to-right letters is (the model's isRightToLeftParagraph): the Hebrew
 * name alone is, in the signature block and the schedule, but not in the key
 * fact where the client's address follows it; the Arabic title has a Latin
 * "v2" and never is.
 */
const MAKES_RIGHT_TO_LEFT_PARAGRAPHS = new Map([
  ["rtl-hebrew", true],
  ["rtl-arabic-mixed", false],
]);

const example = JSON.parse(
  readFileSync(new URL("web-design.json", engagementsDirectory), "utf8"),
) as Record<string, unknown>;

/** A copy of the example with `value` at `hint` (the first item for "*"). */
function injected(hint: string, value: unknown): string {
  const copy = structuredClone(example);
  setAt(copy, hint.replaceAll("*", "0"), value);
  return JSON.stringify(copy, null, 2);
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** The value line by line, as each format must show it: every character, in order. */
function expectedPhrases(value: string): string[] {
  return value
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map(squash)
    .filter((phrase) => phrase !== "");
}

/** A format's text as one line: where a line wraps does not matter here. */
const joined = (lines: readonly string[]) => squash(lines.join(" "));

/**
 * Markdown as a reader sees it: hard breaks end lines, backslash escapes and
 * character references are resolved, and the empty comments that keep a URL
 * from becoming an autolink are gone.
 */
function markdownLines(markdown: string): string[] {
  const read = markdown
    .replace(/\\\n/g, "\n")
    .replace(/<!-- -->/g, "")
    .replace(/\\([!-/:-@[-`{-~])/g, "$1");
  return decodeEntities(read).split("\n");
}

function pdfText(bytes: Uint8Array, order: "raw" | "reading" = "raw"): string[] {
  const path = join(mkdtempSync(join(tmpdir(), "bad-input-")), "document.pdf");
  writeFileSync(path, bytes);
  // Zero-width spaces are the break opportunities render-pdf adds to long words;
  // pdfLines rejoins punctuation pdftotext puts on a line of its own. In reading
  // order pdftotext marks right-to-left runs with embedding controls.
  const mode = order === "raw" ? ["-raw"] : [];
  const text = run("pdftotext", [...mode, "-enc", "UTF-8", path, "-"], "poppler-utils");
  return pdfLines(text.replace(/[\u200b\u202a-\u202e]/g, ""), "", []);
}

const rendered = entries.filter((entry) => /^(RENDER|NORMALISE)/.test(entry.expected));
const refused = entries.filter((entry) => /^REJECT/.test(entry.expected));

describe("the shared hostile inputs, end to end", () => {
  it("has both kinds of entry", () => {
    expect(rendered.length).toBeGreaterThan(10);
    expect(refused.length).toBeGreaterThan(10);
    expect(rendered.length + refused.length).toBe(entries.length);
  });

  it.each(refused.map((entry) => [entry.id, entry] as const))(
    "%s: validate refuses it and builds nothing",
    (_id, entry) => {
      const text = entry.field_hint.startsWith("/")
        ? injected(entry.field_hint, entry.value)
        : String(entry.value);
      const result = validate(text);
      expect(result.ok).toBe(false);
      expect(result.engagement).toBeUndefined();
      expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
    },
  );

  it.each(rendered.map((entry) => [entry.id, entry] as const))(
    "%s: prints literally in HTML, Markdown, DOCX and PDF",
    async (id, entry) => {
      const result = validate(injected(entry.field_hint, entry.value));
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const html: string[] = [];
      const markdown: string[] = [];
      const docx: string[] = [];
      const pdf: string[] = [];
      const engagement = result.engagement;
      if (engagement === undefined) throw new Error(`${id}: not valid`);
      for (const { model } of generate(engagement).documents) {
        html.push(...htmlLines(renderHtml(model, { standalone: true })));
        markdown.push(...markdownLines(renderMarkdown(model)));
        docx.push(...docxLines(await renderDocx(model)));
        if (PDF_REFUSES.has(id)) {
          await expect(renderPdf(model)).rejects.toMatchObject({ code: "PDF_MISSING_GLYPHS" });
        } else {
          const order = RIGHT_TO_LEFT.has(id) ? "reading" : "raw";
          pdf.push(...pdfText(await renderPdf(model), order));
        }
      }
      const formats = { html, markdown, docx, ...(PDF_REFUSES.has(id) ? {} : { pdf }) };
      for (const phrase of expectedPhrases(String(entry.value))) {
        for (const [format, lines] of Object.entries(formats)) {
          const byWord = format === "pdf" && RIGHT_TO_LEFT.get(id) === "words";
          for (const part of byWord ? phrase.split(" ") : [phrase]) {
            expect(joined(lines), `${format} shows "${part}"`).toContain(part);
          }
        }
      }
    },
  );

  it.each([...RIGHT_TO_LEFT.keys()])(
    "%s: pdf.js reads the value back whole, in logical order, and the words after it in place",
    async (id) => {
      const entry = entries.find((candidate) => candidate.id === id);
      if (entry === undefined) throw new Error(`${id}: not in the list`);
      const engagement = validate(injected(entry.field_hint, entry.value)).engagement;
      if (engagement === undefined) throw new Error(`${id}: not valid`);
      const value = String(entry.value);
      let found = 0;
      for (const { kind, model } of generate(engagement).documents) {
        const text = joined(await pdfjsLines(await renderPdf(model)));
        found += text.split(value).length - 1;
        // The deliverable line goes on after the title with its quantity: set
        // apart from the title, ": 5" is not read as part of the Arabic run.
        if (entry.field_hint.startsWith("/deliverables/") && kind !== "handover") {
          expect(text, kind).toContain(`${value}: 5 pages`);
        }
      }
      expect(found).toBeGreaterThan(0);
    },
  );

  it.each([...RIGHT_TO_LEFT.keys()])(
    "%s: the PDF and the HTML set right to left exactly the paragraphs the DOCX does",
    async (id) => {
      const entry = entries.find((candidate) => candidate.id === id);
      if (entry === undefined) throw new Error(`${id}: not in the list`);
      // Right-aligned PDF nodes beyond those of the example itself (amount columns).
      const rightAligned = (model: Parameters<typeof toPdfDefinition>[0]) =>
        JSON.stringify(toPdfDefinition(model).content).split('"alignment":"right"').length - 1;
      const bidiParagraphs = async (model: Parameters<typeof renderDocx>[0]) => {
        const files = unzipSync(await renderDocx(model), {
          filter: (file) => file.name === "word/document.xml",
        });
        return (
          strFromU8(files["word/document.xml"] ?? new Uint8Array()).split("<w:bidi/>").length - 1
        );
      };
      // Blocks only: a value isolated in a line of English is a <bdi dir="rtl">.
      const rightToLeftBlocks = (model: Parameters<typeof renderHtml>[0]) => {
        const html = renderHtml(model);
        return html.split(' dir="rtl"').length - html.split('<bdi dir="rtl"').length;
      };
      const plain = validate(JSON.stringify(example)).engagement;
      const hostile = validate(injected(entry.field_hint, entry.value)).engagement;
      if (plain === undefined || hostile === undefined) throw new Error(`${id}: not valid`);
      const before = generate(plain).documents;
      for (const [index, { kind, model }] of generate(hostile).documents.entries()) {
        const base = before[index]?.model;
        if (base === undefined) throw new Error(`${kind}: no such document in the example`);
        const added = rightAligned(model) - rightAligned(base);
        if (MAKES_RIGHT_TO_LEFT_PARAGRAPHS.get(id) === true) expect(added, kind).toBeGreaterThan(0);
        else expect(added, kind).toBe(0);
        expect(added, kind).toBe((await bidiParagraphs(model)) - (await bidiParagraphs(base)));
        expect(added, kind).toBe(rightToLeftBlocks(model) - rightToLeftBlocks(base));
      }
    },
  );
});

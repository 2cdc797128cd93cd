// Generated inputs (fast-check): a thousand valid engagements through the whole
// pipeline, a sample of them into DOCX and PDF checked by real clients, and a
// thousand near-valid ones (one thing broken) that validate must reject at the
// right place without throwing. Seeded: FC_SEED, FC_RUNS, FC_HEAVY_RUNS (and
// FC_SHRINK=0 to report a failure without shrinking it).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "@clausework/generator";
import type { DocumentModel } from "@clausework/model";
import { renderDocx } from "@clausework/render-docx";
import { renderHtml } from "@clausework/render-html";
import { renderMarkdown } from "@clausework/render-markdown";
import { renderPdf } from "@clausework/render-pdf";
import { validate, type Engagement } from "@clausework/schema";
import {
  BUG_MARKERS,
  FULL,
  MUTATIONS,
  nearValidEngagement,
  runSettings,
  type NearValid,
  validEngagement,
} from "./arbitraries/index.js";
import { FEATURES, featuresOf } from "./arbitraries/features.js";
import { KNOWN_ISSUES, knownIssuesOf } from "./arbitraries/known-issues.js";
import { requireTool } from "./tools.js";

// Defaults keep this file near a minute on two cores (composing one engagement
// takes tens of milliseconds, a DOCX and a PDF of it around a second).
const light = runSettings<[Engagement]>(1000);
const heavy = runSettings<[Engagement]>(6, "FC_HEAVY_RUNS");
const near = runSettings<[NearValid]>(1000);
/** Coverage is only asserted on runs at least this long. */
const FULL_RUN = 1000;

/** What validate hands back: the input with CRLF and lone CR in strings as LF. */
function normalised(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (_key, field: unknown) =>
    typeof field === "string" ? field.replace(/\r\n?/g, "\n") : field,
  );
}

function expectNoBugMarkers(output: string, where: string): void {
  const found = BUG_MARKERS.exec(output);
  if (found === null) return;
  const context = output.slice(Math.max(0, found.index - 120), found.index + 40);
  throw new Error(`${where}: "${found[0]}" in the output: …${context}…`);
}

/** validate (zero errors, same value back) then generate; known bugs are left out. */
function validateAndGenerate(engagement: Engagement) {
  fc.pre(knownIssuesOf(engagement).length === 0);
  const result = validate(JSON.stringify(engagement, null, 2));
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  expect(errors).toEqual([]);
  expect(result.engagement).toEqual(normalised(engagement));
  const generated = generate(result.engagement ?? engagement);
  const kinds = generated.documents.map((document) => document.kind);
  expect(kinds).toEqual(
    engagement.handover === undefined
      ? ["proposal", "contract"]
      : ["proposal", "contract", "handover"],
  );
  return generated;
}

function checkHtmlAndMarkdown(kind: string, model: DocumentModel): void {
  const html = renderHtml(model, { standalone: false });
  const markdown = renderMarkdown(model);
  expectNoBugMarkers(html, `${kind}.html`);
  expectNoBugMarkers(markdown, `${kind}.md`);
  // User text such as "<script>alert(1)</script>" and "[x](javascript:alert(1))" prints as text.
  expect(html).not.toMatch(/<script|<iframe|<img|<[^>]*\son\w+=/i);
  for (const [, href] of html.matchAll(/href="([^"]*)"/g))
    expect(href).toMatch(/^(https:|mailto:|#)/);
  // An unescaped "](" would start a link destination; escaped ones ("\\](") print as typed.
  expect(markdown).not.toMatch(/(^|[^\\])\]\(\s*javascript:|(^|[^\\])<script/i);
}

describe("generated valid engagements", () => {
  it(`validate accepts them, generate composes them, HTML and Markdown render (${light.numRuns} runs)`, () => {
    const covered = new Set<string>();
    fc.assert(
      fc.property(validEngagement(), (engagement) => {
        for (const { kind, model } of validateAndGenerate(engagement).documents) {
          checkHtmlAndMarkdown(kind, model);
        }
        for (const feature of featuresOf(engagement)) covered.add(feature);
      }),
      light,
    );
    // The run exercised every feature (the arbitrary did not quietly narrow).
    if ((light.numRuns ?? 0) >= FULL_RUN) expect([...covered].sort()).toEqual([...FEATURES].sort());
  }, 600_000);

  const scratch = mkdtempSync(join(tmpdir(), "clausework-generated-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** Every XML part of the DOCX (unzipped by Info-ZIP unzip) is well-formed. */
  function checkDocx(bytes: Uint8Array, name: string): void {
    const file = join(scratch, `${name}.docx`);
    const folder = join(scratch, name);
    writeFileSync(file, bytes);
    requireTool("unzip", "unzip");
    const unzip = spawnSync("unzip", ["-o", "-q", file, "-d", folder], { encoding: "utf8" });
    if (unzip.status !== 0) throw new Error(`unzip ${name}.docx: ${unzip.stderr}`);
    const parts = readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((part) =>
      /\.(xml|rels)$/.test(part),
    );
    expect(parts).toContain(join("word", "document.xml"));
    for (const part of parts) {
      const verdict = XMLValidator.validate(readFileSync(join(folder, part), "utf8"));
      if (verdict !== true) throw new Error(`${name}.docx ${part}: ${JSON.stringify(verdict.err)}`);
    }
  }

  function checkPdf(bytes: Uint8Array, name: string): void {
    const file = join(scratch, `${name}.pdf`);
    writeFileSync(file, bytes);
    requireTool("qpdf", "qpdf");
    const check = spawnSync("qpdf", ["--check", file], { encoding: "utf8" });
    // Exit 0 only: 2 is an error and 3 a warning (repaired damage) to qpdf.
    if (check.status !== 0)
      throw new Error(`qpdf --check ${name}.pdf: ${check.stdout}${check.stderr}`);
    expect(Buffer.from(bytes).includes("/JavaScript")).toBe(false);
    expect(Buffer.from(bytes).includes("/URI (javascript")).toBe(false);
  }

  it(`a fuller sample renders DOCX and PDF that real clients accept (${heavy.numRuns} runs)`, async () => {
    let index = 0;
    await fc.assert(
      fc.asyncProperty(validEngagement(FULL), async (engagement) => {
        index += 1;
        for (const { kind, model } of validateAndGenerate(engagement).documents) {
          checkDocx(await renderDocx(model), `${index}-${kind}`);
          checkPdf(await renderPdf(model), `${index}-${kind}`);
        }
      }),
      heavy,
    );
  }, 600_000);

  it.each(KNOWN_ISSUES.map((issue) => [issue.id, issue] as const))(
    "known issue %s still reproduces (remove it from known-issues.ts once fixed)",
    (_id, issue) => {
      const result = validate(JSON.stringify(issue.repro));
      expect(result.ok).toBe(true);
      expect(issue.applies(issue.repro)).toBe(true);
      expect(() => generate(result.engagement ?? issue.repro)).toThrow();
    },
  );
});

describe("generated near-valid engagements", () => {
  it(`validate never throws and reports an error at the broken place (${near.numRuns} runs)`, () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(nearValidEngagement(), (broken) => {
        seen.set(broken.mutation, (seen.get(broken.mutation) ?? 0) + 1);
        const result = validate(broken.text);
        const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
        const at = (pointer: string) =>
          pointer === broken.pointer || pointer.startsWith(`${broken.pointer}/`);
        expect(result.ok).toBe(false);
        expect(result.engagement).toBeUndefined();
        expect(errors.map((diagnostic) => diagnostic.code)).not.toContain("INTERNAL_ERROR");
        if (!errors.some((diagnostic) => at(diagnostic.pointer))) {
          throw new Error(
            `${broken.mutation} at ${broken.pointer}: no error there; got ${JSON.stringify(errors.slice(0, 5))}`,
          );
        }
      }),
      near,
    );
    // Every kind of mutation was tried (the arbitrary did not quietly narrow).
    if ((near.numRuns ?? 0) >= FULL_RUN)
      expect([...seen.keys()].sort()).toEqual(Object.keys(MUTATIONS).sort());
  }, 600_000);
});

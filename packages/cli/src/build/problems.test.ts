import { readFileSync } from "node:fs";
import { DeriveError, generate } from "@clausework/generator";
import type { CustomClause, Engagement } from "@clausework/schema";
import { IllegalXmlCharacterError } from "@clausework/render-docx";
import { MissingGlyphsError } from "@clausework/render-pdf";
import { describe, expect, it } from "vitest";
import { generationProblems, pointerToText, renderProblems } from "./problems.js";
import { applyStrict } from "./severity.js";

const input = { project: { title: "Logo for שלום", "a/b": ["x", "bell\u0007"] } };

describe("problems past validation", () => {
  it("points a missing glyph at the input string that holds it", () => {
    const text = `Proposal: ${"very long title ".repeat(6)}שלום`;
    const error = new MissingGlyphsError([
      { text, where: "meta/title", codePoints: ["U+05E9", "U+05DC"], reason: "no font has these" },
    ]);
    const [diagnostic, ...rest] = renderProblems(error, "proposal", input) ?? [];
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: "error",
      code: "PDF_MISSING_GLYPHS",
      pointer: "/project/title",
      hint: "no font has these; build the other formats with --format docx,html,md",
    });
    expect(diagnostic?.message).toMatch(
      /^PDF font lacks glyphs for "Proposal: very long title .{30,}…" \(U\+05E9 U\+05DC\) in the proposal$/,
    );
  });

  it("points each text at the field it came from, and reports a repeated text once", () => {
    const engagement = {
      client: { name: "Rocket 🚀 Ltd" },
      scope: { summary: "Launch 🚀 fast" },
    };
    const gap = (text: string) => ({
      text,
      where: "body",
      codePoints: ["U+1F680"],
      reason: "no font has these",
    });
    const error = new MissingGlyphsError([
      gap("Rocket 🚀 Ltd"),
      gap("Between Ada and Rocket 🚀 Ltd"),
      gap("Rocket 🚀 Ltd"),
      gap("Launch 🚀 fast"),
    ]);
    const diagnostics = renderProblems(error, "contract", engagement) ?? [];
    expect(diagnostics.map((d) => [d.pointer, d.message])).toEqual([
      ["/client/name", 'PDF font lacks glyphs for "Rocket 🚀 Ltd" (U+1F680) in the contract'],
      [
        "/client/name",
        'PDF font lacks glyphs for "Between Ada and Rocket 🚀 Ltd" (U+1F680) in the contract',
      ],
      ["/scope/summary", 'PDF font lacks glyphs for "Launch 🚀 fast" (U+1F680) in the contract'],
    ]);
  });

  it("turns a character XML cannot hold into a diagnostic, escaping the pointer", () => {
    const [diagnostic] =
      renderProblems(new IllegalXmlCharacterError(7, "bell\u0007"), "contract", input) ?? [];
    expect(diagnostic).toMatchObject({
      code: "DOCX_ILLEGAL_CHARACTER",
      pointer: "/project/a~1b/1",
    });
  });

  it("lets other errors through as bugs", () => {
    expect(renderProblems(new Error("boom"), "contract", input)).toBeUndefined();
    expect(generationProblems(new TypeError("boom"))).toBeUndefined();
  });

  it("reports derive errors with their code and pointer", () => {
    const error = new DeriveError(
      "MILESTONE_CYCLE",
      "milestones wait for each other",
      "/schedule/milestones/1",
    );
    expect(generationProblems(error)).toEqual([
      {
        severity: "error",
        code: "MILESTONE_CYCLE",
        pointer: "/schedule/milestones/1",
        message: "milestones wait for each other",
      },
    ]);
  });

  it("makes warnings errors under --strict, and leaves notes alone", () => {
    const advice = [
      { severity: "warning" as const, code: "no-deposit", pointer: "/fees", message: "m" },
      { severity: "info" as const, code: "hourly-pricing", pointer: "/fees", message: "m" },
    ];
    expect(applyStrict(advice, false)).toEqual(advice);
    expect(applyStrict(advice, true).map((d) => d.severity)).toEqual(["error", "info"]);
    // About one format, which refuses the text itself: it stays a warning.
    const glyphs = {
      severity: "warning" as const,
      code: "PDF_MISSING_GLYPHS",
      pointer: "/project/title",
      message: "m",
    };
    expect(applyStrict([glyphs], true)).toEqual([glyphs]);
  });

  it("finds no pointer when no string holds the characters", () => {
    expect(pointerToText(input, ["€"])).toBeUndefined();
  });
});

const minimal = JSON.parse(
  readFileSync(new URL("../../test/fixtures/minimal.json", import.meta.url), "utf8"),
) as Engagement;

/** What generate throws for the minimal engagement with one custom clause. */
function thrownFor(template: string): unknown {
  const clause: CustomClause = {
    id: "contact",
    title: "Contact",
    documents: ["contract"],
    template,
  };
  const engagement = { ...minimal, customClauses: [clause] };
  try {
    generate(engagement, { documents: ["contract"] });
  } catch (error) {
    return [error, engagement];
  }
  throw new Error("generate did not throw");
}

describe("custom clauses that read a field this engagement leaves out", () => {
  it("name the field as written, the place in the template and what to do", () => {
    const [error, engagement] = thrownFor("Write to\n  {{client.contact.email}}.") as [
      unknown,
      unknown,
    ];
    expect(generationProblems(error, engagement)).toEqual([
      {
        severity: "error",
        code: "CUSTOM_CLAUSE_INVALID",
        pointer: "/customClauses/0/template",
        message:
          "custom clause contact: this engagement has no client.contact (template line 2, column 5)",
        hint: "add client.contact to the engagement, or print this inside {{#if client.contact}}…{{/if}}",
      },
    ]);
  });

  it("name the field that is missing when #if tests a path through it", () => {
    const [error, engagement] = thrownFor("{{#if client.contact.email}}x{{/if}}") as [
      unknown,
      unknown,
    ];
    expect(generationProblems(error, engagement)).toEqual([
      expect.objectContaining({
        code: "CUSTOM_CLAUSE_INVALID",
        pointer: "/customClauses/0/template",
        message: "custom clause contact: this engagement lacks a field on the way to email",
      }),
    ]);
  });

  it("are input problems even without the engagement, named by Handlebars' last segment", () => {
    const [error] = thrownFor("{{client.email}}") as [unknown];
    expect(generationProblems(error)).toEqual([
      expect.objectContaining({
        message: "custom clause contact: this engagement has no email (template line 1, column 3)",
      }),
    ]);
  });
});

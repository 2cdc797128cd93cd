import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Diagnostic, ValidationResult } from "./diagnostic.js";
import { getAt } from "./test-engagement.js";
import { generatedJson, isGenerator, textWithRaw } from "./test-raw.js";
import { validate } from "./validate.js";

// Every entry of the shared list of hostile inputs, put where its field_hint
// says (the first item for "*"), must be rejected with the right code and a
// message naming the field, or accepted unchanged when the entry says RENDER.

type Entry = { id: string; field_hint: string; value: unknown; expected: string };

const entries = JSON.parse(
  readFileSync(new URL("../test/bad-inputs-public.json", import.meta.url), "utf8"),
) as Entry[];

type Expectation =
  | { code: string; pointer?: string; message?: string | RegExp; hint?: RegExp }
  | { accepted: true; warning?: string };

const pointerOf = (entry: Entry) => entry.field_hint.replaceAll("*", "0");

const EXPECTED: Record<string, Expectation> = {
  "ctrl-nul": {
    code: "CONTROL_CHARACTER",
    message:
      "/client/name contains an invisible control character (U+0000) at position 5; please retype or remove it.",
  },
  "ctrl-formfeed-frac": {
    code: "CONTROL_CHARACTER",
    message: /^\/deliverables\/0\/description .*\(U\+000C\) at position 10/,
  },
  "nonchar-fffe": { code: "NONCHARACTER", message: /^\/client\/name .*\(U\+FFFE\) at position 5/ },
  "nonchar-ffff": {
    code: "NONCHARACTER",
    message: /^\/deliverables\/0\/title .*\(U\+FFFF\) at position 6/,
  },
  crlf: { accepted: true },
  "newline-in-run": { accepted: true },
  "zero-width-space": {
    code: "INVISIBLE_CHARACTER",
    message: /^\/client\/name .*\(U\+200B .*\) at position 3/,
  },
  "bidi-rlo-name": {
    code: "BIDI_CONTROL",
    message: /contains a text-direction override character \(U\+202E\).*remove it/,
  },
  "bidi-rlo-amount": {
    code: "UNKNOWN_KEY",
    message: "unknown key 'amountText' in /fees",
    hint: /amount/,
  },
  "rtl-hebrew": { accepted: true },
  "rtl-arabic-mixed": { accepted: true },
  "cjk-basic": { accepted: true },
  "wide-glyphs": { accepted: true },
  "md-heading": { accepted: true, warning: "LINE_BREAK" },
  "md-emphasis": { accepted: true },
  "md-link-js": { accepted: true },
  "md-image-tracker": { accepted: true },
  "html-script": { accepted: true },
  "xml-breakout": { accepted: true },
  "hbs-rce-value": { accepted: true },
  "hbs-nested-value": { accepted: true },
  // The schema bounds a custom clause's size (so the huge ones never reach a parser);
  // its variables and helpers are checked by checkCustomClause in @clausework/clauses.
  "hbs-custom-constructor": {
    code: "CUSTOM_CLAUSE_INVALID",
    pointer: "/customClauses/0/template",
    message: /unknown variable string\.split — only schema field paths are allowed/,
  },
  "hbs-custom-proto": {
    code: "CUSTOM_CLAUSE_INVALID",
    pointer: "/customClauses/0/template",
    message: /lookup/,
  },
  // (the same template's "__proto__" segment is reported too: see custom-clause-checks.test.ts)
  "hbs-custom-huge": { code: "TOO_LONG", pointer: "/customClauses/0/template" },
  "hbs-custom-deep-nesting": { code: "TOO_LONG", pointer: "/customClauses/0/template" },
  "deep-nesting": { code: "TOO_DEEP", pointer: "" },
  "deep-object": { code: "TOO_DEEP", pointer: "" },
  "proto-key": {
    code: "UNKNOWN_KEY",
    pointer: "/__proto__",
    message: "unknown key '__proto__' in /",
  },
  "duplicate-keys": {
    code: "DUPLICATE_KEY",
    pointer: "/fees/amount",
    message: "duplicate key amount at /fees",
  },
  "null-required": { code: "REQUIRED", message: "Client name is required" },
  "amount-overflow": {
    code: "AMOUNT_TOO_LARGE",
    message: "fee amount is too large (max 10,000,000.00)",
  },
  "amount-negative": { code: "NEGATIVE_AMOUNT", message: "fee amount cannot be negative" },
  "amount-nan-text": {
    code: "INVALID_AMOUNT",
    message: /^fee amount must be a number like 1500\.00/,
  },
  "amount-locale-text": { code: "INVALID_AMOUNT", hint: /use 1234\.50/ },
  "date-feb30": {
    code: "INVALID_DATE",
    message: "start date: 2023-02-30 is not a valid date (February has 28 days)",
  },
  "date-feb29-nonleap": {
    code: "INVALID_DATE",
    message: "start date: 2023-02-29 is not a valid date (2023 is not a leap year)",
  },
  "date-order": {
    code: "DATE_ORDER",
    pointer: "/schedule/endDate",
    message: /^endDate must be on or after startDate/,
  },
  "url-javascript": {
    code: "INVALID_FORMAT",
    message: /^client web address must be a web address like https:/,
  },
};

/** The entry's input as engagement text. */
function input(entry: Entry): string {
  if (entry.id === "duplicate-keys")
    return textWithRaw("/fees", '{"model":"fixed-fee","amount":100,"amount":100000}');
  if (entry.id === "amount-overflow") return textWithRaw("/fees/amount", String(entry.value));
  if (entry.id === "proto-key") return textWithRaw("/__proto__", '{"isAdmin": true}');
  const raw = isGenerator(entry.value) ? generatedJson(entry.value) : JSON.stringify(entry.value);
  if (entry.field_hint.startsWith("/customClauses")) {
    // A whole custom clause, so only its template can be at fault.
    const clause = `{"id":"custom","title":"Custom","documents":["contract"],"template":${raw}}`;
    return textWithRaw("/customClauses", `[${clause}]`);
  }
  return textWithRaw(pointerOf(entry), raw);
}

function errors(result: ValidationResult): Diagnostic[] {
  return result.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
}

describe("bad-inputs-public.json", () => {
  it("has an expectation for every entry", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(entries.map((entry) => entry.id).sort());
  });

  it.each(entries.map((entry) => [entry.id, entry] as const))("%s", (id, entry) => {
    const expected = EXPECTED[id];
    const result = validate(input(entry));
    if (expected === undefined) throw new Error(`no expectation for ${id}`);
    if ("accepted" in expected) {
      expect(errors(result)).toEqual([]);
      const value = entry.id === "crlf" ? "Line one\nLine two\nLine three" : entry.value;
      expect(getAt(result.engagement, pointerOf(entry))).toBe(value);
      if (expected.warning !== undefined) {
        expect(result.diagnostics.map((d) => d.code)).toContain(expected.warning);
      }
      return;
    }
    expect(result.ok).toBe(false);
    expect(result.engagement).toBeUndefined();
    const pointer = expected.pointer ?? pointerOf(entry);
    // A template may have several faults: the expected one is among them.
    const message = expected.message;
    const found = result.diagnostics.find(
      (d) =>
        d.code === expected.code &&
        d.pointer === pointer &&
        (message === undefined ||
          (typeof message === "string" ? d.message === message : message.test(d.message))),
    );
    expect(found, JSON.stringify(result.diagnostics, null, 2)).toBeDefined();
    if (expected.hint !== undefined) expect(found?.hint).toMatch(expected.hint);
    expect(found?.line).toBeGreaterThan(0);
  });

  it("a shallow nested list under deliverables is refused by the schema", () => {
    const result = validate(textWithRaw("/deliverables", '[[["x"]]]'));
    const found = result.diagnostics.find((d) => d.pointer === "/deliverables/0");
    expect(found).toMatchObject({
      code: "WRONG_TYPE",
      message: "deliverable 1 must be an object, got a list",
    });
  });

  it("a __proto__ key pollutes nothing", () => {
    validate(textWithRaw("/__proto__", '{"isAdmin": true}'));
    expect(Reflect.get({}, "isAdmin")).toBeUndefined();
  });

  it("an amount written as the text 1e309 is not a plain decimal", () => {
    const result = validate(textWithRaw("/fees/amount", '"1e309"'));
    expect(result.diagnostics).toMatchObject([{ code: "INVALID_AMOUNT", pointer: "/fees/amount" }]);
  });
});

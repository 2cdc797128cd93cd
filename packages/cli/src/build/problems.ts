// Failures past validation, turned into diagnostics so the CLI prints them like
// any other problem of the input instead of as an internal error.
import type { DocumentKind } from "@clausework/model";
import { DeriveError } from "@clausework/generator";
import type { MissingGlyphsError } from "@clausework/render-pdf";
import type { Diagnostic } from "@clausework/schema";

const longestShownText = 60;

function shorten(text: string): string {
  const characters = [...text];
  return characters.length <= longestShownText
    ? text
    : `${characters.slice(0, longestShownText - 1).join("")}…`;
}

/** Every string in the input, with its JSON pointer, in document order. */
function stringsIn(value: unknown, at = ""): [pointer: string, text: string][] {
  if (typeof value === "string") return [[at, value]];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) =>
    stringsIn(child, `${at}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`),
  );
}

/**
 * The input string a document text came from, as a JSON pointer: among those
 * holding one of the characters, the longest that the text contains whole (a
 * client name inside a sentence), else one that contains the text, else the
 * first. Undefined when no string holds any of them.
 */
export function pointerToText(
  value: unknown,
  characters: readonly string[],
  text = "",
): string | undefined {
  const holding = stringsIn(value).filter(([, string]) =>
    characters.some((character) => string.includes(character)),
  );
  const within = holding
    .filter(([, string]) => text.includes(string))
    .sort((a, b) => b[1].length - a[1].length)[0];
  const around = holding.find(([, string]) => string.includes(text));
  return (within ?? around ?? holding[0])?.[0];
}

const fromLabel = (label: string): string =>
  String.fromCodePoint(Number.parseInt(label.slice(2), 16));

/**
 * One error per text the PDF fonts cannot draw, pointing at the input string
 * that holds it; a text the document repeats (a client name in every heading)
 * is one error.
 */
function glyphDiagnostics(
  error: Pick<MissingGlyphsError, "code" | "gaps">,
  kind: DocumentKind,
  input: unknown,
): Diagnostic[] {
  const byText = new Map<string, Diagnostic>();
  for (const gap of error.gaps) {
    if (byText.has(gap.text)) continue;
    byText.set(gap.text, {
      severity: "error",
      code: error.code,
      pointer: pointerToText(input, gap.codePoints.map(fromLabel), gap.text) ?? "",
      message: `PDF font lacks glyphs for ${JSON.stringify(shorten(gap.text))} (${gap.codePoints.join(" ")}) in the ${kind}`,
      hint: `${gap.reason}; build the other formats with --format docx,html,md`,
    });
  }
  return [...byText.values()];
}

/** ComposeError codes that come from the input; the others mean a bug of a template. */
const COMPOSE_INPUT_CODES = new Set([
  "CUSTOM_CLAUSE_INVALID",
  "HANDOVER_MISSING",
  "LOCALE_INVALID",
]);

/** A ComposeError of the generator about the input, known by name and shape as it is not exported. */
function isComposeInputError(
  error: unknown,
): error is Error & { readonly code: string; readonly pointer?: string } {
  return (
    error instanceof Error &&
    error.name === "ComposeError" &&
    "code" in error &&
    typeof error.code === "string" &&
    COMPOSE_INPUT_CODES.has(error.code)
  );
}

/** Handlebars' strict mode: '"email" not defined in <clausework:object> - 1:9' (column from 0). */
const NOT_DEFINED = /"([^"]+)" not defined in .*? - (\d+):(\d+)$/s;
const PATH_AT = /^[A-Za-z0-9_@./]+/;

/** The path as written at a place in a custom clause's template ("client.contact.email"). */
function pathAt(engagement: unknown, pointer: string, line: number, column: number) {
  const index = /^\/customClauses\/(\d+)\/template$/.exec(pointer)?.[1];
  const clauses =
    typeof engagement === "object" && engagement !== null && "customClauses" in engagement
      ? engagement.customClauses
      : undefined;
  const clause = Array.isArray(clauses) && index !== undefined ? clauses[Number(index)] : undefined;
  const template: unknown =
    typeof clause === "object" && clause !== null ? clause.template : undefined;
  if (typeof template !== "string") return undefined;
  return PATH_AT.exec(template.split("\n")[line - 1]?.slice(column) ?? "")?.[0];
}

/**
 * The shortest start of `path` the engagement lacks ("client.contact" of
 * "client.contact.email"): what to add, or to test with #if. The path itself when
 * it does not start at the engagement (facts, a field of an #each item).
 */
function missingStart(engagement: unknown, path: string): string {
  const segments = path.split(".");
  let value: unknown = engagement;
  for (const [index, segment] of segments.entries()) {
    if (typeof value !== "object" || value === null) return path;
    if (!Object.hasOwn(value, segment))
      return index === 0 ? path : segments.slice(0, index + 1).join(".");
    value = (value as Record<string, unknown>)[segment];
  }
  return path;
}

/** Handlebars' strict mode, for `{{#if a.b.c}}` when b is missing. */
const ON_THE_WAY = /Cannot read properties of undefined \(reading '([^']+)'\)$/;

/**
 * A custom clause printed a field this engagement leaves out: validate cannot know
 * in advance (the field exists, the value does not), so say it the way validate would.
 */
function composeProblem(
  error: Error & { readonly code: string; readonly pointer?: string },
  engagement: unknown,
): Diagnostic {
  const pointer = typeof error.pointer === "string" ? error.pointer : "";
  const base = { severity: "error", code: error.code, pointer } as const;
  const missing = NOT_DEFINED.exec(error.message);
  if (missing !== null) {
    const [, name = "", line = "1", column = "0"] = missing;
    const path = pathAt(engagement, pointer, Number(line), Number(column)) ?? name;
    const absent = missingStart(engagement, path);
    const where = `(template line ${line}, column ${Number(column) + 1})`;
    return {
      ...base,
      message: error.message.replace(NOT_DEFINED, `this engagement has no ${absent} ${where}`),
      hint: `add ${absent} to the engagement, or print this inside {{#if ${absent}}}…{{/if}}`,
    };
  }
  const onTheWay = ON_THE_WAY.exec(error.message);
  if (onTheWay === null) return { ...base, message: error.message };
  return {
    ...base,
    message: error.message.replace(
      ON_THE_WAY,
      `this engagement lacks a field on the way to ${onTheWay[1] ?? "a field"}`,
    ),
    hint: "test one level at a time: {{#if client.contact}}{{#if client.contact.email}}…{{/if}}{{/if}}",
  };
}

/**
 * Diagnostics for an error of generating that the input caused, or undefined for
 * a bug (let through). `engagement` is what was generated from, for the text of
 * a custom clause.
 */
export function generationProblems(error: unknown, engagement?: unknown): Diagnostic[] | undefined {
  if (isComposeInputError(error)) return [composeProblem(error, engagement)];
  if (!(error instanceof DeriveError)) return undefined;
  return [
    { severity: "error", code: error.code, pointer: error.pointer ?? "", message: error.message },
  ];
}

/** A MissingGlyphsError of render-pdf, known by name and shape: checking it needs no pdfmake. */
function isGlyphError(error: unknown): error is Pick<MissingGlyphsError, "code" | "gaps"> {
  return (
    error instanceof Error &&
    error.name === "MissingGlyphsError" &&
    "code" in error &&
    typeof error.code === "string" &&
    "gaps" in error &&
    Array.isArray(error.gaps)
  );
}

/** An IllegalXmlCharacterError of render-docx, known by name and shape. */
function isXmlCharacterError(error: unknown): error is Error & { readonly codePoint: number } {
  return (
    error instanceof Error &&
    error.name === "IllegalXmlCharacterError" &&
    "codePoint" in error &&
    typeof error.codePoint === "number"
  );
}

/**
 * Diagnostics for an error of rendering that the input caused, or undefined for
 * a bug of clausework, which the caller lets through. The errors are recognised
 * by name and shape rather than by class, so this module loads no renderer.
 */
export function renderProblems(
  error: unknown,
  kind: DocumentKind,
  input: unknown,
): Diagnostic[] | undefined {
  if (isGlyphError(error)) return glyphDiagnostics(error, kind, input);
  if (isXmlCharacterError(error)) {
    const character = String.fromCodePoint(error.codePoint);
    return [
      {
        severity: "error",
        code: "DOCX_ILLEGAL_CHARACTER",
        pointer: pointerToText(input, [character]) ?? "",
        message: error.message.replace(/^render-docx: /, ""),
      },
    ];
  }
  return undefined;
}

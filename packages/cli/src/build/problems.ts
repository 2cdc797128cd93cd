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

/** The first string in the input that holds one of the characters, as a JSON pointer. */
export function pointerToText(
  value: unknown,
  characters: readonly string[],
  at = "",
): string | undefined {
  if (typeof value === "string") return characters.some((c) => value.includes(c)) ? at : undefined;
  if (value === null || typeof value !== "object") return undefined;
  for (const [key, child] of Object.entries(value)) {
    const segment = key.replaceAll("~", "~0").replaceAll("/", "~1");
    const found = pointerToText(child, characters, `${at}/${segment}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

const fromLabel = (label: string): string =>
  String.fromCodePoint(Number.parseInt(label.slice(2), 16));

/** One error per text the PDF fonts cannot draw, pointing at the input string that holds it. */
function glyphDiagnostics(
  error: Pick<MissingGlyphsError, "code" | "gaps">,
  kind: DocumentKind,
  input: unknown,
): Diagnostic[] {
  return error.gaps.map((gap) => ({
    severity: "error",
    code: error.code,
    pointer: pointerToText(input, gap.codePoints.map(fromLabel)) ?? "",
    message: `PDF font lacks glyphs for ${JSON.stringify(shorten(gap.text))} (${gap.codePoints.join(" ")}) in the ${kind}`,
    hint: `${gap.reason}; build the other formats with --format docx,html,md`,
  }));
}

/** Diagnostics for a DeriveError, or undefined for any other error (a bug, let through). */
export function generationProblems(error: unknown): Diagnostic[] | undefined {
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

/** With --strict, advice at warning level or above fails the build and is shown as an error. */
export function applyStrict(advice: readonly Diagnostic[], strict: boolean): Diagnostic[] {
  if (!strict) return [...advice];
  return advice.map((diagnostic) =>
    diagnostic.severity === "warning" ? { ...diagnostic, severity: "error" } : diagnostic,
  );
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === "error");
}

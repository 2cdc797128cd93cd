import { PDF_MISSING_GLYPHS, pdfUndrawable } from "./pdf-drawable.js";
import { codePointLabel } from "./safe-text.js";

// Character checks for every text field, by the schema's `x-text` kind.
//
// Everywhere: C0 controls except TAB/LF/CR, DEL, C1 controls, noncharacters and
// lone surrogates are rejected (Word refuses files holding them, or they break
// XML), and so are bidi embedding/override/isolate controls (they reorder what
// the reader sees: "Trojan Source").
// Invisible characters (policy): ZERO WIDTH SPACE U+200B, WORD JOINER U+2060
// and ZERO WIDTH NO-BREAK SPACE U+FEFF are rejected in `name` and `line` and
// allowed in `text`, where they may serve line breaking in long free text.
// SOFT HYPHEN U+00AD is rejected only in `name`: names are compared and
// searched, and an invisible character makes two equal-looking names differ.
// ZWJ/ZWNJ (U+200C/U+200D) are always allowed: scripts and emoji need them.
// Characters no embedded PDF font draws (emoji, Hangul, Thai, ...) are a warning
// everywhere: the PDF renderer refuses them, the other formats show them.

export type TextKind = "name" | "line" | "text";

export type TextProblem = { code: string; message: string; hint?: string; warning?: boolean };

const INVISIBLE_NAMES: ReadonlyMap<number, string> = new Map([
  [0x200b, "zero width space"],
  [0x2060, "word joiner"],
  [0xfeff, "zero width no-break space"],
  [0x00ad, "soft hyphen"],
]);

const INVISIBLE_BY_KIND: Record<TextKind, ReadonlySet<number>> = {
  name: new Set([0x200b, 0x2060, 0xfeff, 0x00ad]),
  line: new Set([0x200b, 0x2060, 0xfeff]),
  text: new Set(),
};

const CONTROL_HINTS: ReadonlyMap<number, string> = new Map([
  [0x0c, "JSON reads \\f as a form feed: to write a backslash and f (as in \\frac), write \\\\f"],
  [0x08, "JSON reads \\b as a backspace: to write a backslash and b, write \\\\b"],
]);

export function isControl(codePoint: number): boolean {
  return (
    (codePoint < 0x20 && codePoint !== 0x09 && codePoint !== 0x0a && codePoint !== 0x0d) ||
    (codePoint >= 0x7f && codePoint <= 0x9f)
  );
}

export function isNoncharacter(codePoint: number): boolean {
  return (codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) === 0xfffe;
}

export function isBidiControl(codePoint: number): boolean {
  return (
    (codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069)
  );
}

function isLoneSurrogate(codePoint: number): boolean {
  return codePoint >= 0xd800 && codePoint <= 0xdfff;
}

/** Problems of one string, at most one per code: the first offending character. */
export function checkText(value: string, kind: TextKind, pointer: string): TextProblem[] {
  const found = new Map<string, TextProblem>();
  const add = (problem: TextProblem) => {
    if (!found.has(problem.code)) found.set(problem.code, problem);
  };
  let position = 0;
  for (const char of value) {
    position++;
    const problem = characterProblem(char.codePointAt(0) ?? 0, kind, pointer, position);
    if (problem !== undefined) add(problem);
  }
  // A character refused above is not also one the PDF cannot draw.
  const undrawable = pdfUndrawable(value).filter(
    (codePoint) => characterProblem(codePoint, kind, pointer, 0) === undefined,
  );
  if (undrawable.length > 0) add(undrawableProblem(pointer, undrawable));
  if (value.length > 0 && isBlank(value)) {
    add({
      code: "BLANK_TEXT",
      message: `${pointer} is blank`,
      hint: "write something, or leave the field out",
    });
  }
  if (kind !== "text" && value.includes("\n")) {
    add({
      code: "LINE_BREAK",
      message: `${pointer} contains a line break; it is meant to be a single line`,
      hint: "line breaks are kept only in free text fields",
      warning: true,
    });
  }
  return [...found.values()];
}

const MAX_LISTED = 3;

/**
 * A warning, not an error: HTML, DOCX and Markdown leave the drawing to the
 * reader's fonts, and only a PDF (which embeds its own) fails on this text.
 */
function undrawableProblem(pointer: string, codePoints: readonly number[]): TextProblem {
  const listed = codePoints
    .slice(0, MAX_LISTED)
    .map((codePoint) => `${String.fromCodePoint(codePoint)} (${codePointLabel(codePoint)})`)
    .join(", ");
  const more = codePoints.length > MAX_LISTED ? ` and ${codePoints.length - MAX_LISTED} more` : "";
  return {
    code: PDF_MISSING_GLYPHS,
    message: `${pointer} has characters no PDF font draws: ${listed}${more}; a PDF that shows it would fail`,
    hint: "HTML, DOCX and Markdown show them with the reader's fonts; remove them, or build without PDF (--format html,docx,md)",
    warning: true,
  };
}

/** Built only for a problem: characterProblem runs for every character of every text. */
function at(codePoint: number, position: number): string {
  return `(${codePointLabel(codePoint)}) at position ${position}`;
}

function characterProblem(
  codePoint: number,
  kind: TextKind,
  pointer: string,
  position: number,
): TextProblem | undefined {
  if (isControl(codePoint)) {
    const hint = CONTROL_HINTS.get(codePoint);
    const message = `${pointer} contains an invisible control character ${at(codePoint, position)}; please retype or remove it.`;
    return hint === undefined
      ? { code: "CONTROL_CHARACTER", message }
      : { code: "CONTROL_CHARACTER", message, hint };
  }
  if (isLoneSurrogate(codePoint)) {
    return {
      code: "NONCHARACTER",
      message: `${pointer} contains half of a character pair (lone surrogate ${codePointLabel(codePoint)}) at position ${position}; please retype or remove it.`,
    };
  }
  if (isNoncharacter(codePoint)) {
    return {
      code: "NONCHARACTER",
      message: `${pointer} contains a noncharacter ${at(codePoint, position)}; please retype or remove it.`,
    };
  }
  if (isBidiControl(codePoint)) {
    return {
      code: "BIDI_CONTROL",
      message: `${pointer} contains a text-direction override character ${at(codePoint, position)}; remove it`,
      hint: "direction controls can make text display differently from what it says; documents set the direction themselves",
    };
  }
  if (INVISIBLE_BY_KIND[kind].has(codePoint)) {
    return {
      code: "INVISIBLE_CHARACTER",
      message: `${pointer} contains an invisible character (${codePointLabel(codePoint)} ${INVISIBLE_NAMES.get(codePoint) ?? ""}) at position ${position}; remove it`,
      hint: "invisible characters make equal-looking names differ; they are allowed only in free text",
    };
  }
  return undefined;
}

// Blank: nothing but white space and invisible characters.
function isBlank(value: string): boolean {
  return value.replace(/[\u200b\u2060\u00ad]/g, "").trim() === "";
}

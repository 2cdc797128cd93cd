import { parse as parseJson, type DocumentNode } from "@humanwhocodes/momoa";
import { astToValue, type Converted } from "./ast-to-value.js";
import { error } from "./diagnostic.js";
import { prescan } from "./prescan.js";
import { quickValue } from "./quick-parse.js";
import { syntaxFinding } from "./syntax-messages.js";

export const MAX_BYTES = 1024 * 1024;

/** `quick`: the value came from JSON.parse, without positions (see quick-parse.ts). */
export type Parsed = Converted & { readonly quick?: boolean };

/**
 * Source text to a plain value with positions. The limits come first and each
 * has its own code: size (TOO_LARGE), nesting (TOO_DEEP, before any parser
 * runs), then syntax (JSON_SYNTAX) and, while converting, array and object
 * sizes (TOO_MANY_ITEMS), duplicate keys and secret keys. With `quick`, a text
 * JSON.parse reads without any of those problems comes back without positions.
 */
export function parseText(
  text: string,
  fileName?: string,
  options: { readonly quick?: boolean } = {},
): Parsed {
  const failed = (finding: ReturnType<typeof error>): Converted => ({
    value: undefined,
    positions: new Map(),
    findings: [finding],
    complete: false,
  });
  const bytes = utf8Length(text);
  if (bytes > MAX_BYTES) {
    const what = fileName ?? "the file";
    return failed({
      ...error(
        "TOO_LARGE",
        "",
        `${what} is too large: ${mebibytes(bytes)} MiB, the limit is 1 MiB`,
      ),
      line: 1,
      column: 1,
    });
  }
  // A byte order mark is harmless, but the parser rejects it.
  const source = text.startsWith("\ufeff") ? text.slice(1) : text;
  const scanProblem = prescan(source);
  if (scanProblem !== undefined) return failed(scanProblem);
  if (options.quick === true) {
    const value = quickValue(source);
    if (value !== undefined)
      return { value, positions: new Map(), findings: [], complete: true, quick: true };
  }
  let document: DocumentNode;
  try {
    document = parseJson(source, { mode: "json", ranges: false, tokens: false });
  } catch (caught) {
    return failed(syntaxFinding(source, caught));
  }
  return astToValue(document.body);
}

/** UTF-8 size without encoding: a lone surrogate counts as U+FFFD (3 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function mebibytes(bytes: number): string {
  return (Math.ceil((bytes / MAX_BYTES) * 10) / 10).toFixed(1);
}

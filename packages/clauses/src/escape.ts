// The one place where user text becomes Markdown. Everything a template prints
// from the engagement passes through here exactly once (see view.ts), so a
// client called "# 7. Payment terms waived" stays a name and never a heading,
// and a value with Hebrew or Arabic letters is isolated from the words around
// it (model's `isolate`), so "<Arabic title>: 5 pages" keeps ": 5" after it.
import { isolate } from "@clausework/model";

/**
 * ASCII punctuation with a meaning somewhere in CommonMark: emphasis, code, links,
 * images, headings, lists, block quotes, HTML, entities, tables, thematic breaks and
 * setext underlines. Escaping all of them wherever they stand is simpler and safer
 * than reasoning about the position where each one would matter.
 */
const SPECIAL = "\\`*_{}[]()#+-.!|<>~&=";

/** SPECIAL as a table by character code: a loop over it is several times faster than a regex. */
const IS_SPECIAL = new Uint8Array(128);
for (const character of SPECIAL) IS_SPECIAL[character.charCodeAt(0)] = 1;

/** A backslash before every SPECIAL character; the same string when there is none. */
function escapeSpecial(line: string): string {
  let escaped = "";
  let copied = 0;
  for (let index = 0; index < line.length; index += 1) {
    const code = line.charCodeAt(index);
    if (code < 128 && IS_SPECIAL[code] === 1) {
      escaped += `${line.slice(copied, index)}\\`;
      copied = index;
    }
  }
  return escaped === "" ? line : escaped + line.slice(copied);
}

/** Spaces and tabs that Markdown would strip at the start or end of a line. */
const EDGE_WHITESPACE = /^[ \t]+|[ \t]+$/g;

const HARD_BREAK = "\\\n";

const LINE_BREAK = /[\r\n]/;

function encodeWhitespace(run: string): string {
  // Character references survive where literal spaces would be trimmed (or turn a
  // line into indented code).
  return run.replace(/ /g, "&#32;").replace(/\t/g, "&#9;");
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

function escapeLine(line: string): string {
  const escaped = escapeSpecial(line);
  // Most values have no edge whitespace: skip the second pass (same result).
  if (!isBlank(escaped.charCodeAt(0)) && !isBlank(escaped.charCodeAt(escaped.length - 1)))
    return isolate(escaped);
  return isolate(escaped.replace(EDGE_WHITESPACE, encodeWhitespace));
}

/** CRLF and lone CR as LF, and no line break at either end (nothing to separate there). */
export function normalizeLineBreaks(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(/^\n+|\n+$/g, "");
}

/**
 * Markdown that reads back as exactly `value` (after `normalizeLineBreaks`): every
 * special character is backslash-escaped, edge whitespace is kept as character
 * references, and each line feed becomes a hard break (backslash + newline), so
 * no line of the value can start a block of its own. A line with right-to-left
 * letters reads back between isolate controls, which are never drawn.
 */
export function escapeMarkdown(value: string): string {
  // One line (most values): nothing to normalise or join.
  if (!LINE_BREAK.test(value)) return escapeLine(value);
  return normalizeLineBreaks(value).split("\n").map(escapeLine).join(HARD_BREAK);
}

/**
 * For one-line places such as headings, where a hard break would end the line:
 * line feeds become spaces.
 */
export function escapeMarkdownLine(value: string): string {
  return escapeLine(normalizeLineBreaks(value).replace(/\n/g, " "));
}

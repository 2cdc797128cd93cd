// A linear pass over the raw text, before Handlebars sees it: the parser and the
// compiler are recursive and allocate per placeholder, so a huge or deeply nested
// template must be turned away here (50,000 placeholders exhaust a 1 GB heap at
// compile time; 5,000 nested blocks overflow the stack). It over-counts rather
// than under-counts (an escaped `\{{` still counts); the AST walk is exact.
import { TEMPLATE_LIMITS } from "../template-check.js";
import { TOO_LONG, type CustomClauseProblem } from "./problem.js";

const OPENING = /\{\{~?([#^/!]?)(--)?/g;
/** `{{^}}` is an `else`, not a block. */
const BARE_INVERSE = /^\{\{~?\^\s*~?\}\}/;

export const TOO_DEEP = `blocks nest too deep (nesting depth > ${TEMPLATE_LIMITS.depth})`;

/** A problem at a character index of `source`, with its 1-based line and column. */
export function problemAt(source: string, index: number, message: string): CustomClauseProblem {
  let line = 1;
  let lineStart = 0;
  for (let at = source.indexOf("\n"); at !== -1 && at < index; at = source.indexOf("\n", at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { message, line, column: index - lineStart + 1 };
}

type Counts = { placeholders: number; depth: number; tooLong?: number; tooDeep?: number };

/** Sub-expressions nest too: `{{a (b (c …))}}` recurses in the compiler like blocks do. */
function checkParentheses(counts: Counts, source: string, from: number, to: number): void {
  let depth = 0;
  for (let index = from; index < to; index++) {
    const char = source[index];
    if (char === "(") depth++;
    else if (char === ")") depth = Math.max(0, depth - 1);
    if (depth > TEMPLATE_LIMITS.depth) {
      counts.tooDeep ??= index;
      return;
    }
  }
}

function count(counts: Counts, source: string, index: number, kind: string): void {
  counts.placeholders++;
  const close = source.indexOf("}}", index + 2);
  const end = close === -1 ? source.length : close;
  checkParentheses(counts, source, index, end);
  OPENING.lastIndex = Math.max(OPENING.lastIndex, end);
  if (counts.placeholders > TEMPLATE_LIMITS.placeholders) counts.tooLong ??= index;
  const opens =
    kind === "#" || (kind === "^" && !BARE_INVERSE.test(source.slice(index, index + 8)));
  if (opens) {
    counts.depth++;
    if (counts.depth > TEMPLATE_LIMITS.depth) counts.tooDeep ??= index;
  } else if (kind === "/") {
    counts.depth = Math.max(0, counts.depth - 1);
  }
}

/** Size, placeholder count and block depth, each reported once, where first exceeded. */
export function scanLimits(source: string): CustomClauseProblem[] {
  const counts: Counts = { placeholders: 0, depth: 0 };
  if (source.length > TEMPLATE_LIMITS.characters) counts.tooLong = TEMPLATE_LIMITS.characters;
  OPENING.lastIndex = 0;
  for (let match = OPENING.exec(source); match !== null; match = OPENING.exec(source)) {
    const kind = match[1] ?? "";
    if (kind === "!") {
      // A comment: skip to its end, so that braces inside it count for nothing.
      const end = source.indexOf(match[2] === undefined ? "}}" : "--}}", OPENING.lastIndex);
      OPENING.lastIndex = end === -1 ? source.length : end;
    } else {
      count(counts, source, match.index, kind);
    }
    if (counts.tooLong !== undefined && counts.tooDeep !== undefined) break;
  }
  const problems: CustomClauseProblem[] = [];
  if (counts.tooLong !== undefined) problems.push(problemAt(source, counts.tooLong, TOO_LONG));
  if (counts.tooDeep !== undefined) problems.push(problemAt(source, counts.tooDeep, TOO_DEEP));
  return problems;
}

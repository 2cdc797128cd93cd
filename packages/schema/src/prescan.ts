import { error, type Finding } from "./diagnostic.js";
import { positionAt } from "./positions.js";
import { codePointLabel } from "./safe-text.js";

export const MAX_DEPTH = 32;

/**
 * One pass over the raw text before any parser sees it: nesting deeper than
 * MAX_DEPTH (a 10,000-deep array must never reach a recursive parser) and raw
 * control characters inside strings, which JSON forbids but our parser accepts.
 * Brackets inside strings do not count.
 */
export function prescan(text: string): Finding | undefined {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c)
        index++; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
      else if (code < 0x20) return rawControl(text, index, code);
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x5b || code === 0x7b) {
      depth++;
      if (depth > MAX_DEPTH) return tooDeep(text, index);
    } else if (code === 0x5d || code === 0x7d) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

function tooDeep(text: string, offset: number): Finding {
  return {
    ...error(
      "TOO_DEEP",
      "",
      `the file nests lists and objects more than ${MAX_DEPTH} levels deep`,
      "an engagement needs only a few levels; look for runaway [ or { brackets",
    ),
    ...positionAt(text, offset),
  };
}

function rawControl(text: string, offset: number, code: number): Finding {
  const [message, hint] =
    code === 0x0a || code === 0x0d
      ? [
          "a string is not closed before the end of the line",
          'close it with " or write the line break as \\n',
        ]
      : code === 0x09
        ? ["a tab inside a string is not allowed in JSON", "write it as \\t"]
        : [
            `a control character (${codePointLabel(code)}) inside a string is not allowed in JSON`,
            "remove it",
          ];
  return { ...error("JSON_SYNTAX", "", message, hint), ...positionAt(text, offset) };
}

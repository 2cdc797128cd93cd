import { error, type Finding } from "./diagnostic.js";
import { positionAt } from "./positions.js";
import { escapeUnsafe } from "./safe-text.js";

// The parser says "Unexpected token RBrace found"; people need to hear what is
// wrong in JSON terms and how to fix it. We look at the text around the error.

type Explanation = [message: string, hint?: string];

const WORDS: Record<string, Explanation> = {
  NaN: ["NaN is not a JSON value", "write a number, or leave the field out"],
  Infinity: ["Infinity is not a JSON value", "write a number"],
  undefined: ["undefined is not a JSON value", "leave the field out instead"],
  True: ["JSON writes true in lower case", "write true"],
  False: ["JSON writes false in lower case", "write false"],
  None: ["None is not a JSON value", "write null, or leave the field out"],
};

export function syntaxFinding(text: string, caught: unknown): Finding {
  const reported = errorOffset(caught, text.length);
  // A file cut short makes the parser blame the bracket it could not close or
  // the last token before the end ('{' at 1:1, a valid last comma): point at
  // the end instead, where the text is missing.
  const offset =
    unclosedAtEnd(text) && (/[{[]/.test(text[reported] ?? "") || isLastToken(text, reported))
      ? text.length
      : reported;
  const [message, hint] = explain(text, offset);
  return { ...error("JSON_SYNTAX", "", message, hint), ...positionAt(text, offset) };
}

function errorOffset(caught: unknown, fallback: number): number {
  if (typeof caught === "object" && caught !== null && "offset" in caught) {
    const offset = caught.offset;
    if (typeof offset === "number" && Number.isInteger(offset) && offset >= 0)
      return Math.min(offset, fallback);
  }
  return fallback;
}

function explain(text: string, offset: number): Explanation {
  if (text.trim() === "")
    return ["the file is empty", "an engagement file is a JSON object: { … }"];
  if (offset >= text.length || text.slice(offset).trim() === "") {
    return [
      'the file ends too early: a closing }, ] or " is missing',
      'check that every { [ and " is closed',
    ];
  }
  const char = text[offset] ?? "";
  const before = previousNonSpace(text, offset);
  if ((char === "}" || char === "]") && before === ",") {
    return ["a comma before a closing bracket is not allowed in JSON", "remove the last comma"];
  }
  if (char === "/") return ["comments are not allowed in JSON", "remove the comment"];
  if (char === "'")
    return ["JSON needs double quotes, not single quotes", "write \"text\" instead of 'text'"];
  if (char === "+") return ["numbers cannot start with + in JSON", "remove the +"];
  if (char === ".") return ["numbers need a digit before the decimal point", "write 0.5, not .5"];
  const word = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(text.slice(offset, offset + 64))?.[0];
  if (word !== undefined) return explainWord(text, offset, word);
  if (/^-?0\d/.test(text.slice(offset, offset + 3))) {
    return [
      "numbers cannot start with 0 in JSON",
      "remove the leading zero, or write the value as text",
    ];
  }
  if (startsValue(char) && endsValue(before)) {
    return ["a comma is missing before this", "separate items and members with commas"];
  }
  if (char === "}" && before === '"')
    return ["a key needs a value: expected : after it", 'write "key": value'];
  return [`unexpected ${describeChar(char)}`];
}

function explainWord(text: string, offset: number, word: string): Explanation {
  const known = WORDS[word];
  if (known !== undefined && Object.hasOwn(WORDS, word)) return known;
  if (/^\s*:/.test(text.slice(offset + word.length, offset + word.length + 64))) {
    return [
      `keys need double quotes in JSON: "${escapeUnsafe(word)}"`,
      `write "${escapeUnsafe(word)}": …`,
    ];
  }
  if (endsValue(previousNonSpace(text, offset)) && ["true", "false", "null"].includes(word)) {
    return ["a comma is missing before this", "separate items and members with commas"];
  }
  return [
    `unexpected word '${escapeUnsafe(word)}'`,
    "text must be in double quotes; the only bare words in JSON are true, false and null",
  ];
}

/** Whether the text ends inside a string or with a { or [ not closed. */
function unclosedAtEnd(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === "\\") index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{" || char === "[") depth++;
    else if (char === "}" || char === "]") depth--;
  }
  return inString || depth > 0;
}

function isLastToken(text: string, offset: number): boolean {
  return text.slice(offset + 1).trim() === "";
}

function previousNonSpace(text: string, offset: number): string {
  for (let index = offset - 1; index >= 0; index--) {
    const char = text[index] ?? "";
    if (!/\s/.test(char)) return char;
  }
  return "";
}

function startsValue(char: string): boolean {
  return /["{[0-9-]/.test(char);
}

function endsValue(char: string): boolean {
  return /["}\]0-9a-z]/.test(char);
}

function describeChar(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  if (codePoint === 0xfeff) return "byte order mark";
  return `character '${escapeUnsafe(char)}'`;
}

// A clause file is written like the built-in clauses (packages/clauses/clauses):
// front matter between two --- lines, then the clause text (Markdown with
// {{placeholders}}):
//
//   ---
//   id: hosting
//   title: Hosting and domains
//   documents: [contract]
//   after: payment          # optional: the built-in clause or section it follows
//   ---
//   {{client.name}} pays the hosting costs …
//
// The front matter is read as a small subset of YAML (key: value lines, lists as
// [a, b] or "- a" lines, quotes, # comments), by hand: the four keys need no
// more, and a full YAML reader would bring anchors, tags and aliases to a file
// that may come from anywhere. Every problem has a line and column.

export type Position = { readonly line: number; readonly column: number };

export type FrontMatterValue = Position & { readonly value: string | readonly string[] };

export type ParsedClauseFile = {
  readonly fields: ReadonlyMap<string, FrontMatterValue>;
  readonly template: string;
  /** The file line the template's first line is on. */
  readonly templateLine: number;
};

/** `pointer` is the field it concerns ("/title"), or "" for the file as a whole. */
export type FileProblem = Position & {
  readonly code: string;
  readonly pointer: string;
  readonly message: string;
  readonly hint?: string;
};

export const CLAUSE_KEYS = ["id", "title", "documents", "after"] as const;
const LISTS = new Set(["documents"]);
const REQUIRED = ["id", "title", "documents"] as const;

const EXAMPLES: Readonly<Record<string, string>> = {
  id: "id: hosting",
  title: "title: Hosting and domains",
  documents: "documents: [contract]",
};

const UNKNOWN_HINTS: Readonly<Record<string, string>> = {
  when: "custom clauses have no `when`: put {{#if …}}…{{/if}} around the text instead",
  needs: "custom clauses have no `needs`: the fields the text reads are checked anyway",
  template: "the text of the clause goes after the closing --- line",
};

const FENCE = /^---[ \t]*$/;
const KEY_LINE = /^([A-Za-z][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+|$)(.*)$/;
const LIST_ITEM = /^([ \t]+)-(?:[ \t]+|$)(.*)$/;

class Refused extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem.message);
  }
}

function refuse(line: number, column: number, message: string, pointer = "", hint?: string): never {
  const problem: FileProblem = { code: "CLAUSE_FILE_FORMAT", pointer, message, line, column };
  throw new Refused(hint === undefined ? problem : { ...problem, hint });
}

/** A plain or quoted scalar and what follows it: nothing, or a # comment. */
function scalar(raw: string, line: number, column: number, key: string): string {
  const text = raw.trimEnd();
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    const end = quote === '"' ? /^"((?:[^"\\]|\\.)*)"/.exec(text) : /^'((?:[^']|'')*)'/.exec(text);
    if (end === null)
      refuse(line, column, `the quote that opens ${key} is never closed`, `/${key}`);
    const rest = text.slice(end[0].length).trim();
    if (rest !== "" && !rest.startsWith("#")) {
      refuse(line, column + end[0].length, `unexpected text after the quoted ${key}`, `/${key}`);
    }
    if (quote === "'") return (end[1] ?? "").replaceAll("''", "'");
    try {
      return JSON.parse(`"${end[1] ?? ""}"`) as string;
    } catch {
      return refuse(
        line,
        column,
        `${key} has an escape that is not \\", \\\\, \\n or \\uXXXX`,
        `/${key}`,
      );
    }
  }
  // As in YAML, a # after a space starts a comment.
  return text.replace(/(?:^|[ \t])#.*$/, "").trim();
}

function flowList(raw: string, line: number, column: number, key: string): string[] {
  const text = raw.replace(/(?:^|[ \t])#.*$/, "").trim();
  if (!text.endsWith("]"))
    refuse(line, column, `the list of ${key} is not closed with ]`, `/${key}`);
  const inner = text.slice(1, -1).trim();
  if (inner === "") return [];
  return inner.split(",").map((item) => scalar(item.trim(), line, column, key));
}

/** `openList` is the key whose "- item" lines may follow. */
type Reading = { fields: Map<string, FrontMatterValue>; openList: string | undefined };

function readKey(reading: Reading, text: string, line: number): void {
  const match = KEY_LINE.exec(text);
  if (match === null) {
    refuse(
      line,
      1,
      `expected "key: value", got ${JSON.stringify(text.trim().slice(0, 40))}`,
      "",
      `keys are ${CLAUSE_KEYS.join(", ")}`,
    );
  }
  const key = match[1] ?? "";
  const raw = match[2] ?? "";
  const column = text.length - raw.length + 1;
  reading.openList = undefined;
  if (!(CLAUSE_KEYS as readonly string[]).includes(key)) {
    const hint = UNKNOWN_HINTS[key] ?? `the keys are ${CLAUSE_KEYS.join(", ")}`;
    throw new Refused({
      code: "UNKNOWN_KEY",
      pointer: `/${key}`,
      message: `unknown key '${key}'`,
      hint,
      line,
      column: 1,
    });
  }
  if (reading.fields.has(key)) refuse(line, 1, `${key} is given twice`, `/${key}`);
  const isList = LISTS.has(key);
  const trimmed = raw.trim();
  if (trimmed === "" || trimmed.startsWith("#")) {
    if (!isList)
      refuse(
        line,
        column,
        `${key} has no value`,
        `/${key}`,
        `write it on the same line: ${EXAMPLES[key] ?? `${key}: …`}`,
      );
    reading.fields.set(key, { value: [], line, column });
    reading.openList = key;
  } else if (trimmed.startsWith("[")) {
    if (!isList) refuse(line, column, `${key} is one value, not a list`, `/${key}`);
    reading.fields.set(key, { value: flowList(raw, line, column, key), line, column });
  } else {
    if (isList)
      refuse(
        line,
        column,
        `${key} is a list`,
        `/${key}`,
        `write it as ${EXAMPLES[key] ?? `${key}: [a, b]`}`,
      );
    reading.fields.set(key, { value: scalar(raw, line, column, key), line, column });
  }
}

function readLine(reading: Reading, text: string, line: number): void {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed.startsWith("#")) return;
  const item = LIST_ITEM.exec(text);
  if (item !== null) {
    const list = reading.openList === undefined ? undefined : reading.fields.get(reading.openList);
    if (list === undefined || reading.openList === undefined) {
      refuse(
        line,
        1,
        "a list item (- …) belongs under a key that takes a list, such as documents:",
      );
    }
    const column = text.length - (item[2] ?? "").length + 1;
    const value = scalar(item[2] ?? "", line, column, reading.openList);
    reading.fields.set(reading.openList, { ...list, value: [...(list.value as string[]), value] });
    return;
  }
  if (/^[ \t]/.test(text)) refuse(line, 1, "unexpected indentation in the front matter");
  readKey(reading, text, line);
}

function parse(text: string): ParsedClauseFile {
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  if (!FENCE.test(lines[0] ?? "")) {
    refuse(
      1,
      1,
      "a clause file starts with a line of three dashes (---), then its front matter",
      "",
      "for example: ---, id: hosting, title: Hosting and domains, documents: [contract], --- (a line each), then the text",
    );
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close < 0)
    refuse(1, 1, "the front matter is never closed: add a line of three dashes (---) after it");
  const reading: Reading = { fields: new Map(), openList: undefined };
  for (let index = 1; index < close; index++) readLine(reading, lines[index] ?? "", index + 1);
  for (const key of REQUIRED) {
    if (!reading.fields.has(key)) {
      throw new Refused({
        code: "REQUIRED",
        pointer: `/${key}`,
        message: `the front matter has no ${key}`,
        hint: `add a line such as ${EXAMPLES[key] ?? key}`,
        line: 1,
        column: 1,
      });
    }
  }
  let first = close + 1;
  while (first < lines.length && (lines[first] ?? "").trim() === "") first++;
  const template = lines.slice(first).join("\n").trimEnd();
  if (template === "") {
    throw new Refused({
      code: "REQUIRED",
      pointer: "/template",
      message: "the clause has no text after the front matter",
      line: close + 1,
      column: 1,
    });
  }
  return { fields: reading.fields, template, templateLine: first + 1 };
}

/** The front matter and the text of a clause file, or the first thing wrong with it. */
export function parseClauseFile(
  text: string,
): ParsedClauseFile | { readonly problem: FileProblem } {
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof Refused) return { problem: error.problem };
    throw error;
  }
}

// The Markdown of a custom clause, checked before any engagement fills it in:
// with every Handlebars tag taken out (block tags leave nothing, values leave an
// escaped character, as every printed value is escaped; line breaks stay), the
// text is parsed as compose will parse it.
// Values cannot add Markdown of their own (they are escaped), so what the
// template's own text uses is what compose will see.
import { MarkdownUnsupportedError, parseClauseMarkdown } from "../markdown/parse.js";
import type { CustomClauseProblem } from "./problem.js";

const COMMENT = /\{\{~?!--[\s\S]*?--~?\}\}|\{\{~?![\s\S]*?\}\}/g;
const TRIPLE = /\{\{\{[\s\S]*?\}\}\}/g;
const TAG = /\{\{~?\s*([#/^]|else\b)?[\s\S]*?\}\}/g;

const newlinesOf = (text: string) => text.replace(/[^\n]/g, "");

/** A value as escape.ts prints one: "jane <{{email}}>" is no HTML tag at run time. */
const VALUE = "\\.";

/** The template's text with its tags replaced as above. */
export function templateText(template: string): string {
  return template
    .replace(COMMENT, newlinesOf)
    .replace(TRIPLE, (tag) => `${VALUE}${newlinesOf(tag)}`)
    .replace(TAG, (tag, block: string | undefined) =>
      block === undefined ? `${VALUE}${newlinesOf(tag)}` : newlinesOf(tag),
    );
}

/** Where each construct most likely starts, to point at its line. */
const STARTS: Readonly<Record<string, RegExp>> = {
  blockquote: /^ {0,3}>/,
  code: /^(?: {4}|\t| {0,3}(?:```|~~~))/,
  inlineCode: /`/,
  image: /!\[/,
  html: /</,
  definition: /^ {0,3}\[[^\]]+\]:/,
};

function lineOf(text: string, construct: string): number {
  const start = STARTS[construct];
  const index = start === undefined ? -1 : text.split("\n").findIndex((line) => start.test(line));
  return index < 0 ? 1 : index + 1;
}

const NAMES: Readonly<Record<string, string>> = {
  blockquote: "a block quote (a line starting with >)",
  code: "a code block",
  inlineCode: "inline code (`…`)",
  image: "an image",
  html: "raw HTML",
  definition: "a link reference definition",
};

/** The Markdown problem of a template, if it has one. */
export function checkMarkdown(template: string): CustomClauseProblem[] {
  const text = templateText(template);
  try {
    parseClauseMarkdown(text);
    return [];
  } catch (error) {
    if (!(error instanceof MarkdownUnsupportedError)) {
      const message = error instanceof Error ? error.message : String(error);
      return [{ message, line: 1, column: 1 }];
    }
    const name = NAMES[error.construct] ?? `Markdown ${error.construct}`;
    return [
      {
        message: `${name} is not supported in clauses: use paragraphs, lists, **bold**, *italic*, links and headings`,
        line: lineOf(text, error.construct),
        column: 1,
      },
    ];
  }
}

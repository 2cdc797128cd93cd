// Clause Markdown → the small tree of nodes.ts. CommonMark through markdown-it
// (its token stream is several times faster to read than an mdast built by
// micromark, and a document parses some forty clauses), with nothing from
// outside CommonMark: no linkify, no typographer, no tables.
import MarkdownIt, { type Options, type Token } from "markdown-it";
import { encode } from "mdurl";
import { ClauseError } from "../errors.js";
import type { ClauseBlock, ClauseInline } from "./nodes.js";

/** Markdown the clause tree has no place for; `construct` names it for the message. */
export class MarkdownUnsupportedError extends ClauseError {
  constructor(readonly construct: string) {
    super(`Markdown ${construct} is not supported in clauses`);
    this.name = "MarkdownUnsupportedError";
  }
}

/**
 * Deeper than this, markdown-it stops parsing and drops the rest of the input, so
 * a clause that reaches it is refused rather than cut short.
 */
const MAX_NESTING = 40;

const markdown = new MarkdownIt("commonmark", { html: true });
// (Not a constructor option in the types, though markdown-it reads it from there.)
markdown.set({ maxNesting: MAX_NESTING } as Options);
// Every link is kept as written (percent-encoded, as CommonMark does); which
// schemes may stay links is the composer's choice, not the parser's.
markdown.validateLink = () => true;
// No punycode of host names: the address prints as the author wrote it.
markdown.normalizeLink = (url) => encode(url);

/** Token types by the names the CommonMark tree (mdast) gives them, for messages. */
const CONSTRUCTS: Readonly<Record<string, string>> = {
  blockquote_open: "blockquote",
  code_block: "code",
  fence: "code",
  code_inline: "inlineCode",
  image: "image",
  html_inline: "html",
};

function unsupported(token: Token): never {
  throw new MarkdownUnsupportedError(CONSTRUCTS[token.type] ?? token.type);
}

/** A cursor over one level of a token list; `close` ends the level. */
class Tokens {
  index = 0;
  constructor(private readonly list: readonly Token[]) {}

  next(): Token | undefined {
    const token = this.list[this.index];
    this.index += 1;
    return token;
  }

  /** Everything up to the matching `close` token, which is consumed. */
  until(close: string): Tokens {
    const start = this.index;
    let depth = 0;
    for (; this.index < this.list.length; this.index += 1) {
      const token = this.list[this.index] as Token;
      if (token.type === close && depth === 0) break;
      depth += token.nesting;
    }
    const inner = new Tokens(this.list.slice(start, this.index));
    this.index += 1;
    return inner;
  }
}

function pushText(out: ClauseInline[], value: string): void {
  if (value === "") return;
  const last = out.at(-1);
  // One text node per run, as a CommonMark tree has it (soft breaks included).
  if (last?.type === "text") out[out.length - 1] = { type: "text", value: last.value + value };
  else out.push({ type: "text", value });
}

function inlines(tokens: Tokens): ClauseInline[] {
  const out: ClauseInline[] = [];
  for (let token = tokens.next(); token !== undefined; token = tokens.next()) {
    switch (token.type) {
      case "text":
        pushText(out, token.content);
        break;
      case "softbreak":
        // A line feed of the template source: a space. User values break with hard breaks.
        pushText(out, " ");
        break;
      case "hardbreak":
        out.push({ type: "break" });
        break;
      case "em_open":
        out.push({ type: "emphasis", children: inlines(tokens.until("em_close")) });
        break;
      case "strong_open":
        out.push({ type: "strong", children: inlines(tokens.until("strong_close")) });
        break;
      case "link_open":
        out.push({
          type: "link",
          url: token.attrGet("href") ?? "",
          children: inlines(tokens.until("link_close")),
        });
        break;
      default:
        unsupported(token);
    }
  }
  return out;
}

function inlineOf(tokens: Tokens, close: string): ClauseInline[] {
  const inner = tokens.until(close);
  const inline = inner.next();
  return inline === undefined ? [] : inlines(new Tokens(inline.children ?? []));
}

function listItems(tokens: Tokens): ClauseBlock[][] {
  const items: ClauseBlock[][] = [];
  for (let token = tokens.next(); token !== undefined; token = tokens.next()) {
    if (token.type !== "list_item_open") unsupported(token);
    items.push(blocks(tokens.until("list_item_close")));
  }
  return items;
}

function blocks(tokens: Tokens): ClauseBlock[] {
  const out: ClauseBlock[] = [];
  for (let token = tokens.next(); token !== undefined; token = tokens.next()) {
    switch (token.type) {
      case "paragraph_open":
        out.push({ type: "paragraph", children: inlineOf(tokens, "paragraph_close") });
        break;
      case "heading_open":
        out.push({
          type: "heading",
          depth: Number(token.tag.slice(1)),
          children: inlineOf(tokens, "heading_close"),
        });
        break;
      case "bullet_list_open":
      case "ordered_list_open": {
        const ordered = token.type === "ordered_list_open";
        const close = ordered ? "ordered_list_close" : "bullet_list_close";
        out.push({ type: "list", ordered, items: listItems(tokens.until(close)) });
        break;
      }
      case "hr":
        out.push({ type: "thematicBreak" });
        break;
      case "html_block":
        out.push({ type: "html", value: token.content.replace(/\n+$/, "") });
        break;
      default:
        unsupported(token);
    }
  }
  return out;
}

/** The clause tree of `source`; throws MarkdownUnsupportedError for anything else. */
export function parseClauseMarkdown(source: string): ClauseBlock[] {
  const env: { references?: Record<string, unknown> } = {};
  const tokens = markdown.parse(source, env);
  // Link reference definitions leave no token of their own: refuse them as a whole.
  if (Object.keys(env.references ?? {}).length > 0)
    throw new MarkdownUnsupportedError("definition");
  if (tokens.some((token) => token.level >= MAX_NESTING - 1)) {
    throw new ClauseError(`Markdown nested more than ${MAX_NESTING - 2} levels deep`);
  }
  return blocks(new Tokens(tokens));
}

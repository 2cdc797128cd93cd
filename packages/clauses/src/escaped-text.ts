import { escapeMarkdown, escapeMarkdownLine } from "./escape.js";

/**
 * A user value as templates see it: printing it yields Markdown-escaped text, and
 * only helpers can reach the raw string (through `rawOf`), for formatting. The raw
 * string sits in a private field, so no template path can read it.
 */
export class EscapedText {
  readonly #raw: string;
  readonly #escape: (raw: string) => string;
  /** Escaped on first print: most values of the data a template sees are never printed. */
  #markdown: string | undefined;

  private constructor(raw: string, escape: (raw: string) => string) {
    this.#raw = raw;
    this.#escape = escape;
  }

  static of(raw: string): EscapedText {
    return new EscapedText(raw, escapeMarkdown);
  }

  /** For headings and other one-line places: line feeds print as spaces. */
  static line(raw: string): EscapedText {
    return new EscapedText(raw, escapeMarkdownLine);
  }

  static rawOf(value: EscapedText): string {
    return value.#raw;
  }

  toString(): string {
    this.#markdown ??= this.#escape(this.#raw);
    return this.#markdown;
  }

  [Symbol.toPrimitive](): string {
    return this.toString();
  }
}

/** The raw string behind an escaped value; anything else as it is. */
export function rawOf(value: unknown): unknown {
  return value instanceof EscapedText ? EscapedText.rawOf(value) : value;
}

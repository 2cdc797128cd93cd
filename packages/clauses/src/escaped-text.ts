import { escapeMarkdown, escapeMarkdownLine } from "./escape.js";

/**
 * A user value as templates see it: printing it yields Markdown-escaped text, and
 * only helpers can reach the raw string (through `rawOf`), for formatting. The raw
 * string sits in a private field, so no template path can read it.
 */
export class EscapedText {
  readonly #raw: string;
  readonly #markdown: string;

  private constructor(raw: string, markdown: string) {
    this.#raw = raw;
    this.#markdown = markdown;
  }

  static of(raw: string): EscapedText {
    return new EscapedText(raw, escapeMarkdown(raw));
  }

  /** For headings and other one-line places: line feeds print as spaces. */
  static line(raw: string): EscapedText {
    return new EscapedText(raw, escapeMarkdownLine(raw));
  }

  static rawOf(value: EscapedText): string {
    return value.#raw;
  }

  toString(): string {
    return this.#markdown;
  }

  [Symbol.toPrimitive](): string {
    return this.#markdown;
  }
}

/** The raw string behind an escaped value; anything else as it is. */
export function rawOf(value: unknown): unknown {
  return value instanceof EscapedText ? EscapedText.rawOf(value) : value;
}

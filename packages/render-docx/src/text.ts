// Text checks done before any string reaches docx, which would otherwise write
// characters XML 1.0 forbids and produce a part no client can open.

/** Thrown when a string holds a character that XML 1.0 cannot carry. */
export class IllegalXmlCharacterError extends Error {
  constructor(
    readonly codePoint: number,
    readonly text: string,
  ) {
    const code = codePoint.toString(16).toUpperCase().padStart(4, "0");
    super(
      `render-docx: text contains U+${code}, which XML 1.0 does not allow: ${JSON.stringify(text)}`,
    );
    this.name = "IllegalXmlCharacterError";
  }
}

// Everything outside XML 1.0's Char production; with the u flag a lone surrogate
// is one code point in D800-DFFF, so it matches too.
const illegal = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Returns `value` unchanged, or throws naming the first illegal code point. */
export function checkXmlText(value: string): string {
  const match = illegal.exec(value);
  if (match !== null) throw new IllegalXmlCharacterError(match[0].codePointAt(0) ?? 0, value);
  return value;
}

/**
 * The lines of a string. The model promises no line feeds in text, but a title
 * or label could still carry one; a raw LF inside `w:t` is shown as a space by
 * Word, so it becomes a real break instead.
 */
export function lines(value: string): string[] {
  return value.split(/\r\n?|\n/);
}

// Messages quote user input, and user input may carry the very characters we
// reject (controls, direction overrides): echoed raw they would garble a
// terminal or reorder the message. So quoted values are escaped and shortened.

const MAX_SHOWN = 60;

function isUnsafe(codePoint: number): boolean {
  return (
    codePoint < 0x20 ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x2028 && codePoint <= 0x202e) ||
    (codePoint >= 0x2060 && codePoint <= 0x2069) ||
    (codePoint >= 0xd800 && codePoint <= 0xdfff) ||
    (codePoint >= 0xfdd0 && codePoint <= 0xfdef) ||
    (codePoint & 0xfffe) === 0xfffe ||
    codePoint === 0xfeff ||
    codePoint === 0xad
  );
}

export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The text with unsafe characters written as \u{…} escapes. */
export function escapeUnsafe(text: string): string {
  let out = "";
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    out += isUnsafe(codePoint) ? `\\u{${codePoint.toString(16).toUpperCase()}}` : char;
  }
  return out;
}

function shorten(text: string): string {
  const chars = Array.from(text.length > MAX_SHOWN * 4 ? text.slice(0, MAX_SHOWN * 4) : text);
  return chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join("")}…` : text;
}

/** A string as it appears in a message: quoted, escaped, at most ~60 characters. */
export function quote(text: string): string {
  return `"${escapeUnsafe(shorten(text)).replaceAll('"', '\\"')}"`;
}

/** A key as it appears in a message: 'key', escaped and shortened. */
export function quoteKey(key: string): string {
  return `'${escapeUnsafe(shorten(key))}'`;
}

/** Any JSON value as it appears after "got": short and safe. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return value === "" ? "an empty text" : quote(value);
  if (typeof value === "number")
    return Number.isFinite(value) ? String(value) : "a number too large to store";
  if (typeof value === "boolean") return String(value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return typeof value;
}

// Most engagement files are valid. For them, JSON.parse (native) gives the
// value several times faster than momoa's tree, and no position is ever needed.
// So validate reads this way first (parse.ts) and keeps the result only when the
// whole check finds nothing to report; anything else (a syntax error, a duplicate
// key, a limit, a warning) is read again the momoa way, so every diagnostic
// still comes with its line and column, exactly as before.
import { copyValue } from "./from-value.js";

/** Keys written in the text; valid JSON is assumed (JSON.parse accepted it). */
export function keysInText(source: string): number {
  let keys = 0;
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 0x22) {
      index++;
      continue;
    }
    // A string: skip to its closing quote, past escapes.
    index++;
    while (index < source.length && source.charCodeAt(index) !== 0x22) {
      index += source.charCodeAt(index) === 0x5c ? 2 : 1;
    }
    index++;
    let next = index;
    while (next < source.length && isJsonSpace(source.charCodeAt(next))) next++;
    if (source.charCodeAt(next) === 0x3a) keys++;
  }
  return keys;
}

function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** Keys of every object in a parsed value. */
export function keysInValue(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + keysInValue(item), 0);
  if (typeof value !== "object" || value === null) return 0;
  let keys = 0;
  for (const child of Object.values(value)) keys += 1 + keysInValue(child);
  return keys;
}

/**
 * The value of a text that JSON.parse reads, within the limits, without
 * duplicate or secret keys; undefined when the momoa path must judge it.
 * `source` has passed the size check and the prescan, and has no byte order mark.
 */
export function quickValue(source: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    return undefined;
  }
  // JSON.parse keeps the last of two equal keys silently; a lost key shows in the count.
  if (keysInText(source) !== keysInValue(parsed)) return undefined;
  const copied = copyValue(parsed);
  return copied.complete && copied.findings.length === 0 ? copied.value : undefined;
}

// Shared by both ways into the validator (source text and ready-made values).

export const MAX_ITEMS = 10_000;

export type JsonObject = Record<string, unknown>;

/**
 * Sets an own property without ever running a setter: `target[key] = value`
 * with key "__proto__" would replace the prototype instead. Input keys never
 * go through plain assignment.
 */
export function setMember(target: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** CRLF and a lone CR become LF, so every consumer sees one kind of line break. */
export function normaliseLineBreaks(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

export function tooManyItemsMessage(where: string, count: number, what: "items" | "keys"): string {
  return `${where} has ${count.toLocaleString("en")} ${what}; at most ${MAX_ITEMS.toLocaleString("en")} are accepted`;
}

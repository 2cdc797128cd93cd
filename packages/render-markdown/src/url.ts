// Link destinations. Only https: and mailto: become links; anything else prints its
// text. Characters that would end or split a destination (also inside a GFM table
// cell) are percent-encoded; `&` before a name is escaped so it does not decode.

export const isSafeUrl = (url: string): boolean => /^(?:https:|mailto:)/i.test(url);

export function linkDestination(url: string): string {
  return url
    .replace(/[\s<>()|\\`\p{Cc}]/gu, (character) =>
      [...new TextEncoder().encode(character)]
        .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`)
        .join(""),
    )
    .replace(/&(?=[\p{L}\p{N}#])/gu, "\\&");
}

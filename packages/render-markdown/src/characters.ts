// Character classes as CommonMark uses them to decide whether `*` or `_` can open or
// close emphasis ("flanking"): whitespace, punctuation (Unicode P and S), or other.

export type CharacterKind = "whitespace" | "punctuation" | "other";

export function characterKind(character: string | undefined): CharacterKind {
  if (character === undefined || /^[\p{Zs}\t\n\f\r]$/u.test(character)) return "whitespace";
  return /^[\p{P}\p{S}]$/u.test(character) ? "punctuation" : "other";
}

/** A numeric character reference: decodes to the same character, reads as punctuation. */
export const characterReference = (character: string): string =>
  `&#x${(character.codePointAt(0) ?? 0).toString(16).toUpperCase()};`;

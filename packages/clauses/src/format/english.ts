// Small pieces of English grammar for user-supplied nouns and deadline chains.
import { cached } from "./intl-cache.js";
import { formatNumber } from "./numbers.js";

/** "page" → "pages", "box" → "boxes", "study" → "studies"; the document language is English. */
export function pluralNoun(noun: string): string {
  if (/(s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** "5 pages", "1 site": a count with a unit the user named in the singular. */
export function formatUnits(count: number, unit: string, locale: string): string {
  return `${formatNumber(count, locale)} ${count === 1 ? unit : pluralNoun(unit)}`;
}

export type BasisLike = {
  readonly afterTitle: string;
  readonly days?: number;
  readonly businessDays?: number;
};

/** "10 business days after Kickoff call", "the same day as Kickoff call". */
export function formatBasis(basis: BasisLike, locale: string): string {
  const business = basis.businessDays !== undefined;
  const count = basis.businessDays ?? basis.days ?? 0;
  if (count === 0) return `the same day as ${basis.afterTitle}`;
  const unit = business ? "business day" : "day";
  return `${formatUnits(count, unit, locale)} after ${basis.afterTitle}`;
}

/** "Portugal" for "PT" in English; the code itself when the runtime has no name. */
export function regionName(code: string, locale: string): string {
  try {
    const names = cached(`region|${locale}`, () => {
      return new Intl.DisplayNames(locale, { type: "region", fallback: "code" });
    });
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

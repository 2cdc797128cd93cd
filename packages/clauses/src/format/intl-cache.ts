// Intl formatters are slow to build and pure to use: one per (kind, locale, options).
const cache = new Map<string, unknown>();

export function cached<T>(key: string, build: () => T): T {
  const known = cache.get(key);
  if (known !== undefined) return known as T;
  const made = build();
  cache.set(key, made);
  return made;
}

/**
 * Formatted texts by kind, locale and input. Formatting through Intl costs
 * microseconds, and a document prints the same dates, counts, times and amounts
 * many times over; the answer never changes. Bounded, because inputs come from
 * the engagement.
 */
const texts = new Map<string, Map<string, Map<string | number, string>>>();
let textCount = 0;
const MAX_TEXTS = 10_000;

export function rememberedText(
  kind: string,
  locale: string,
  input: string | number,
  format: () => string,
): string {
  const known = texts.get(kind)?.get(locale)?.get(input);
  if (known !== undefined) return known;
  const text = format();
  if (textCount >= MAX_TEXTS) {
    texts.clear();
    textCount = 0;
  }
  let byLocale = texts.get(kind);
  if (byLocale === undefined) texts.set(kind, (byLocale = new Map()));
  let byInput = byLocale.get(locale);
  if (byInput === undefined) byLocale.set(locale, (byInput = new Map()));
  byInput.set(input, text);
  textCount += 1;
  return text;
}

// Intl formatters are slow to build and pure to use: one per (kind, locale, options).
const cache = new Map<string, unknown>();

export function cached<T>(key: string, build: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const made = build();
  cache.set(key, made);
  return made;
}

import { cached } from "./intl-cache.js";

export type ListKind = "and" | "or";

/** "a, b and c" (en-GB), "a, b, and c" (en-US); `or` for alternatives. */
export function formatList(
  items: readonly string[],
  locale: string,
  kind: ListKind = "and",
): string {
  const format = cached(`list|${locale}|${kind}`, () => {
    const type = kind === "and" ? "conjunction" : "disjunction";
    return new Intl.ListFormat(locale, { style: "long", type });
  });
  return format.format(items);
}

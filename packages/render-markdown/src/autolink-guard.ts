// GFM turns bare URLs, `www.` names and e-mail addresses in text into links, and
// remark/GitHub do it after backslash escapes are resolved, so escaping cannot stop
// it; pandoc does it even inside the text of a link. An empty HTML comment splits the
// text where the pattern would start: it shows nothing, and neither half matches.
import { escapeText } from "./escape.js";
import type { TextEdges } from "./escape.js";

export const separator = "<!-- -->";

/**
 * Split points: between "http(s)" and "://", "www" and ".", and before an e-mail "@"
 * (also at the start, where a `__` delimiter of ours could act as the local part).
 */
const patterns = [/(?<=https?)(?=:\/\/)/gi, /(?<=www)(?=\.)/gi, /(?<=^|[\w+.-])(?=@)/g];

export function autolinkSplits(value: string): number[] {
  const indexes = new Set<number>();
  for (const pattern of patterns)
    for (const match of value.matchAll(pattern)) indexes.add(match.index);
  return [...indexes].sort((a, b) => a - b);
}

/** Escapes text and keeps GFM from finding links in it. */
export function escapeGuarded(value: string, edges: TextEdges): string {
  // A comment that starts a line would open an HTML block; nothing precedes it there anyway.
  const splits = autolinkSplits(value).filter((at) => at > 0 || !edges.lineStart);
  if (splits.length === 0) return escapeText(value, edges);
  const bounds = [0, ...splits, value.length];
  const segments = bounds.slice(1).map((end, index) => value.slice(bounds[index], end));
  return segments
    .map((segment, index) =>
      escapeText(segment, {
        lineStart: edges.lineStart && index === 0,
        lineEnd: edges.lineEnd && index === segments.length - 1,
        encodeFirst: edges.encodeFirst && index === 0,
        encodeLast: edges.encodeLast && index === segments.length - 1,
      }),
    )
    .join(separator);
}

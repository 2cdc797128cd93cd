// Handlers for inline nodes. Text goes through the one escaping function.
import type { Break, Emphasis, Link, Strong, Text } from "@clausework/model";
import { escapeGuarded } from "./autolink-guard.js";
import type { InlineHandler, InlineMode } from "./types.js";
import { isSafeUrl, linkDestination } from "./url.js";

export const renderText: InlineHandler<Text> = (node, _context, position) =>
  escapeGuarded(node.value, position);

/**
 * A paragraph line ends with a backslash hard break. A table cell cannot hold a line
 * break in GFM (and raw `<br>` is stripped or printed by many renderers), so its lines
 * join with " / ", which keeps every word as a word; a heading joins them with a space.
 */
const breaks: Readonly<Record<InlineMode, string>> = { flow: "\\\n", cell: " / ", heading: " " };

export const renderBreak: InlineHandler<Break> = (_node, context) => breaks[context.mode];

const within = (delimiter: string, content: string): string => `${delimiter}${content}${delimiter}`;

export const renderStrong: InlineHandler<Strong> = (node, context, position) =>
  within(
    position.family.repeat(2),
    context.phrase(node.children, { lineStart: false, lineEnd: false }),
  );

export const renderEmphasis: InlineHandler<Emphasis> = (node, context, position) =>
  within(position.family, context.phrase(node.children, { lineStart: false, lineEnd: false }));

export const renderLink: InlineHandler<Link> = (node, context) => {
  const edges = { lineStart: false, lineEnd: false };
  if (!isSafeUrl(node.url) || context.insideLink) return context.phrase(node.children, edges);
  const label = context.insideLinkContext().phrase(node.children, edges);
  return `[${label}](${linkDestination(node.url)})`;
};

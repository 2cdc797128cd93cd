// Handlers for inline nodes. Text is kept as text nodes; serialize.ts escapes it.
import { isolatedRuns, text } from "@clausework/model";
import type { Break, Emphasis, Inline, Link, Strong, Text } from "@clausework/model";
import { element, htmlText, type HtmlNode } from "./html-tree.js";
import type { InlineHandler } from "./types.js";

/** A value's isolate (see the model's `isolate`) is a <bdi> with the isolate's direction. */
const isolated = (value: string): HtmlNode[] =>
  isolatedRuns(value).map(({ text: run, isolate }) =>
    isolate === undefined ? htmlText(run) : element("bdi", { dir: isolate }, [htmlText(run)]),
  );

/** Text never holds a line feed by contract; if one slips through it still breaks the line. */
export const renderText: InlineHandler<Text> = (node) =>
  text(node.value).flatMap((part) => (part.type === "text" ? isolated(part.value) : element("br")));

export const renderBreak: InlineHandler<Break> = () => [element("br")];

export const renderStrong: InlineHandler<Strong> = (node, context) => [
  element("strong", {}, context.inlines(node.children)),
];

export const renderEmphasis: InlineHandler<Emphasis> = (node, context) => [
  element("em", {}, context.inlines(node.children)),
];

/** Only these schemes become links; the scheme must start the string, with no leading space. */
export const isSafeUrl = (url: string): boolean => /^(?:https:|mailto:)/i.test(url);

/** HTML cannot nest links (the parser would split them), so inner links keep only their text. */
function unlink(inlines: readonly Inline[]): Inline[] {
  return inlines.flatMap((node): Inline[] => {
    if (node.type === "link") return unlink(node.children);
    if (node.type === "strong" || node.type === "emphasis")
      return [{ ...node, children: unlink(node.children) }];
    return [node];
  });
}

export const renderLink: InlineHandler<Link> = (node, context) => {
  const children = context.inlines(unlink(node.children));
  if (!isSafeUrl(node.url)) return children;
  return [element("a", { href: node.url, rel: "noopener noreferrer" }, children)];
};

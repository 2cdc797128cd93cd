// Clause inlines → model inlines. The clause parser has already refused what a
// clause may not hold (code, images, raw HTML); here links lose their link, but
// keep their text, unless they go to https: or mailto:.
import type { ClauseInline } from "@clausework/clauses";
import type { Inline } from "@clausework/model";

/** Links go only to https: and mailto:; anything else keeps its text and loses the link. */
export function isAllowedUrl(url: string): boolean {
  return /^https:\/\/[^\s]+$/i.test(url) || /^mailto:[^\s]+$/i.test(url);
}

/** Appends the model inlines of `node` to `out` (a loop of pushes: no array per node). */
function mapInline(node: ClauseInline, out: Inline[]): void {
  switch (node.type) {
    case "text":
      // An entity line feed (&#10;) in template text reads as a space, like a soft break.
      out.push({ type: "text", value: node.value.replace(/\n/g, " ") });
      return;
    case "break":
      out.push({ type: "break" });
      return;
    case "emphasis":
    case "strong":
      out.push({ type: node.type, children: mapInlines(node.children) });
      return;
    case "link": {
      const children = mapInlines(node.children);
      if (isAllowedUrl(node.url)) out.push({ type: "link", url: node.url, children });
      else out.push(...children);
      return;
    }
  }
}

export function mapInlines(nodes: readonly ClauseInline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) mapInline(node, out);
  return out;
}

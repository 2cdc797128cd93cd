// Clause inlines → model inlines. The clause parser has already refused what a
// clause may not hold (code, images, raw HTML); here links lose their link, but
// keep their text, unless they go to https: or mailto:.
import type { ClauseInline } from "@clausework/clauses";
import type { Inline } from "@clausework/model";

/** Links go only to https: and mailto:; anything else keeps its text and loses the link. */
export function isAllowedUrl(url: string): boolean {
  return /^https:\/\/[^\s]+$/i.test(url) || /^mailto:[^\s]+$/i.test(url);
}

function mapInline(node: ClauseInline): Inline[] {
  switch (node.type) {
    case "text":
      // An entity line feed (&#10;) in template text reads as a space, like a soft break.
      return [{ type: "text", value: node.value.replace(/\n/g, " ") }];
    case "break":
      return [{ type: "break" }];
    case "emphasis":
    case "strong":
      return [{ type: node.type, children: mapInlines(node.children) }];
    case "link": {
      const children = mapInlines(node.children);
      return isAllowedUrl(node.url) ? [{ type: "link", url: node.url, children }] : children;
    }
  }
}

export function mapInlines(nodes: readonly ClauseInline[]): Inline[] {
  return nodes.flatMap(mapInline);
}

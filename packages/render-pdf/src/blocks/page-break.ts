// A page break is not drawn: it becomes `pageBreak: "before"` on the node that
// follows it. The handler leaves a marker that the block list then folds in.
import type { Content } from "pdfmake/interfaces.js";
import type { PageBreak } from "@clausework/model";
import type { BlockHandler } from "../context.js";

// pdfmake writes layout state into the nodes it is given, so every marker is a
// fresh object; the set only remembers which objects are markers.
const markers = new WeakSet<object>();

function newMarker(): Content {
  const marker = { text: "", pageBreak: "before" as const };
  markers.add(marker);
  return marker;
}

function isMarker(node: Content | undefined): boolean {
  return typeof node === "object" && markers.has(node);
}

export const renderPageBreak: BlockHandler<PageBreak> = () => [newMarker()];

export function startsWithPageBreak(node: Content | undefined): boolean {
  return typeof node === "object" && !Array.isArray(node) && "pageBreak" in node;
}

/**
 * Folds markers into the next node. A marker with nothing after it stays, so the
 * enclosing list can fold it into its own next node (a section ending in a break).
 */
export function applyPageBreaks(nodes: readonly Content[]): Content[] {
  const out: Content[] = [];
  let pending = false;
  for (const node of nodes) {
    if (isMarker(node)) {
      pending = true;
    } else {
      out.push(
        pending && !startsWithPageBreak(node) ? { stack: [node], pageBreak: "before" } : node,
      );
      pending = false;
    }
  }
  if (pending) out.push(newMarker());
  return out;
}

/** At the end of the document a break would only add an empty page. */
export function dropTrailingPageBreak(nodes: readonly Content[]): Content[] {
  return isMarker(nodes.at(-1)) ? nodes.slice(0, -1) : [...nodes];
}

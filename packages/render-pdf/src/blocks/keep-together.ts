// Headings must not end a page alone. Without a pageBreakBefore callback (which
// makes pdfmake lay the document out again and again), a heading is kept with
// what follows by putting both in one unbreakable stack, when that is small
// enough to fit on a page with room to spare.
import type { Block } from "@clausework/model";
import { blockStrings } from "../text-sources.js";

/** About a third of a page of body text, and few enough rows to fit in any case. */
const maxCharacters = 700;
const maxParts = 8;

function partCount(block: Block): number {
  switch (block.type) {
    case "table":
      return block.rows.length + 1;
    case "schedule":
      return block.entries.length + 1;
    case "keyFacts":
      return block.items.length;
    case "list":
      return block.items.length;
    default:
      return 1;
  }
}

export function isSmall(block: Block): boolean {
  if (block.type === "pageBreak") return false;
  // A section starts with its own kept-together heading; signatures never break.
  if (block.type === "section" || block.type === "signatures") return true;
  const characters = blockStrings(block).reduce((sum, text) => sum + text.length, 0);
  return characters <= maxCharacters && partCount(block) <= maxParts;
}

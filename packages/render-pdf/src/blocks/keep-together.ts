// Headings must not end a page alone. Without a pageBreakBefore callback (which
// makes pdfmake lay the document out again and again), a heading is kept with
// what follows by putting both in one unbreakable stack, when that is small
// enough to fit on a page with room to spare. pdfmake keeps only the first page
// of an unbreakable block and drops the rest, so "small" also needs the block's
// height bound (height-bound.ts) to fit, not just few characters.
import type { Block, Schedule, Table } from "@clausework/model";
import type { RenderContext } from "../context.js";
import { blockHeight, rowHeights } from "../height-bound.js";
import { blockStrings } from "../text-sources.js";

/** About a third of a page of body text, and few enough rows to fit in any case. */
const maxCharacters = 700;
const maxParts = 8;

type Page = Pick<RenderContext, "width" | "pageHeight">;

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

/** Whether a block, below `above` points of other kept content, surely fits on a page. */
export function fitsOnPage(block: Block, page: Page, above = 0): boolean {
  return above + blockHeight(block, page.width) <= page.pageHeight * 0.9;
}

/** Small enough to keep together, under `above` points of heading kept with it. */
export function isSmall(block: Block, page: Page, above = 0): boolean {
  if (block.type === "pageBreak") return false;
  // A section starts with its own kept-together heading, checked when it renders.
  if (block.type === "section") return true;
  const characters = blockStrings(block).reduce((sum, text) => sum + text.length, 0);
  return (
    characters <= maxCharacters && partCount(block) <= maxParts && fitsOnPage(block, page, above)
  );
}

export type RowsFit = { readonly every: boolean; readonly first: boolean };

/** Whether every row, and whether the first, fits on a page below the header row. */
export function rowsFitOnPage(block: Table | Schedule, page: Page): RowsFit {
  const [header = 0, ...rows] = rowHeights(block, page.width);
  const fits = (row: number) => header + row <= page.pageHeight * 0.9;
  return { every: rows.every(fits), first: rows.length > 0 && fits(rows[0] ?? 0) };
}

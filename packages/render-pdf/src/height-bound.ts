// At most how tall a block of the model is in the PDF, in points, without laying
// it out: line bounds from the fonts (text-measure.ts) times line heights, plus
// every margin and padding the handlers add, rounded up. pdfmake cannot carry an
// unbreakable block or a row kept whole onto a second page: it keeps the first
// page of it and drops the rest. So a block is only kept together when this
// bound fits; an overestimate only lets a tall block break where it need not.
import { plainText } from "@clausework/model";
import type { Block, Inline, KeyFacts, Schedule, Signatures, Table } from "@clausework/model";
import { theme } from "@clausework/theme";
import { columnWidths, SCHEDULE_WEIGHTS } from "./blocks/table-parts.js";
import { lineBound } from "./text-measure.js";
import { noticeInset } from "./table-layouts.js";

const { size, spacing } = theme;
const lineHeight = (fontSize: number) => fontSize * theme.lineHeight;

/** Height of a text at a width; an empty text still takes a line. */
function textHeight(text: string, width: number, fontSize: number = size.body): number {
  return lineBound(text, width, fontSize) * lineHeight(fontSize);
}

const inlineHeight = (inlines: readonly Inline[], width: number) =>
  textHeight(plainText(inlines), width);

/** Grid cells: padding on each side (table-layouts.ts) and a rule under the row. */
const cellPadding = spacing.tableCellPadding;
const rowExtra = 2 * cellPadding + 1;

function rowHeight(cells: readonly string[], widths: readonly number[], fontSize = size.body) {
  const heights = cells.map((cell, index) =>
    textHeight(cell, (widths[index] ?? 0) - 2 * cellPadding, fontSize),
  );
  return Math.max(0, ...heights) + rowExtra;
}

function columnPoints(weights: readonly { weight?: number }[], width: number): number[] {
  return columnWidths(weights).map((percent) => (Number.parseFloat(percent) / 100) * width);
}

/** Each row of a data table or schedule, the header row first. */
export function rowHeights(block: Table | Schedule, width: number): number[] {
  if (block.type === "table") {
    const widths = columnPoints(block.columns, width);
    const header = rowHeight(
      block.columns.map((column) => column.header),
      widths,
    );
    return [header, ...block.rows.map((row) => rowHeight(row.map(plainText), widths))];
  }
  const widths = columnPoints(SCHEDULE_WEIGHTS, width);
  const { date, owner, item, basis } = block.columns;
  return [
    rowHeight([date, owner, item, basis], widths),
    ...block.entries.map((entry) =>
      rowHeight([entry.dateText, entry.ownerText, entry.title, entry.basis ?? ""], widths),
    ),
  ];
}

function keyFactsHeight(block: KeyFacts, width: number): number {
  return block.items.reduce((sum, item) => {
    const label = textHeight(item.label, width * 0.3);
    const value = inlineHeight(item.value, width * 0.7 - 2 * cellPadding);
    return sum + Math.max(label, value) + 4;
  }, spacing.paragraph * 2);
}

function signatoriesHeight(party: Signatures["parties"][number], width: number): number {
  const small = (text: string) => textHeight(text, width, size.small);
  return party.signatories.reduce(
    (sum, person) =>
      sum +
      size.body * 5 +
      8 +
      2 * small("") +
      textHeight(person.name, width) +
      spacing.paragraph +
      (person.title === undefined ? 0 : small(person.title)),
    small(party.role) + textHeight(party.partyName, width),
  );
}

function signaturesHeight(block: Signatures, width: number): number {
  const column = (width - 24) / 2;
  let height = 12;
  for (let index = 0; index < block.parties.length; index += 2) {
    const pair = block.parties.slice(index, index + 2);
    height += Math.max(...pair.map((party) => signatoriesHeight(party, column))) + 18;
  }
  return height;
}

/** A section heading at the largest heading size, with the space around it. */
export function headingHeight(title: string, width: number): number {
  return textHeight(title, width, size.heading1) + spacing.sectionBefore + spacing.headingAfter;
}

const blocksHeight = (blocks: readonly Block[], width: number): number =>
  blocks.reduce((sum, block) => sum + blockHeight(block, width), 0);

/** At most how tall `block` is when laid out `width` points wide. */
export function blockHeight(block: Block, width: number): number {
  switch (block.type) {
    case "paragraph":
      return inlineHeight(block.children, width) + spacing.paragraph;
    case "section":
      return headingHeight(block.title, width) + blocksHeight(block.children, width);
    case "list":
      return block.items.reduce(
        (sum, item) =>
          sum +
          Math.max(lineHeight(size.body), blocksHeight(item.children, width - spacing.listIndent)),
        0,
      );
    case "table":
    case "schedule": {
      const caption = block.type === "table" && block.caption !== undefined;
      const captionHeight = caption ? textHeight(block.caption ?? "", width, size.small) + 3 : 0;
      const rows = rowHeights(block, width).reduce((sum, height) => sum + height, 0);
      return captionHeight + rows + spacing.paragraph * 2;
    }
    case "keyFacts":
      return keyFactsHeight(block, width);
    case "notice": {
      const title =
        block.title === undefined ? 0 : textHeight(block.title, width - noticeInset) + 3;
      return title + blocksHeight(block.children, width - noticeInset) + 20 + spacing.paragraph * 2;
    }
    case "signatures":
      return signaturesHeight(block, width);
    case "pageBreak":
      return 0;
    default:
      return Number.POSITIVE_INFINITY;
  }
}

// Key facts: label and value side by side, parted by thin horizontal rules only.
import { Table, TableLayoutType, TableRow, WidthType } from "docx";
import type { KeyFacts } from "@clausework/model";
import type { BlockHandler } from "../context.js";
import { inlineParagraph, textParagraph } from "../paragraphs.js";
import { styleIds } from "../style-ids.js";
import { cell, columnWidths, noBorder, rule, spacer } from "./table-parts.js";

export const renderKeyFacts: BlockHandler<KeyFacts> = (node, context) => {
  if (node.items.length === 0) return [];
  const [labelWidth = 0, valueWidth = 0] = columnWidths([1, 2], context.width);
  const rows = node.items.map(
    (item) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([textParagraph(item.label, { style: styleIds.factLabel })], labelWidth),
          cell([inlineParagraph(item.value, { style: styleIds.tableText })], valueWidth),
        ],
      }),
  );
  const line = rule();
  const table = new Table({
    style: styleIds.layoutTable,
    width: { size: context.width, type: WidthType.DXA },
    columnWidths: [labelWidth, valueWidth],
    layout: TableLayoutType.FIXED,
    borders: {
      top: line,
      bottom: line,
      insideHorizontal: line,
      left: noBorder,
      right: noBorder,
      insideVertical: noBorder,
    },
    rows,
  });
  return [table, spacer()];
};

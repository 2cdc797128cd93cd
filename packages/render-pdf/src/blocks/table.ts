import type { Table } from "@clausework/model";
import type { BlockHandler } from "../context.js";
import { inlineText } from "../inlines.js";
import { isSmall, rowsFitOnPage } from "./keep-together.js";
import { alignment, columnWidths, dataTable, headerCell } from "./table-parts.js";

export const renderTable: BlockHandler<Table> = (node, context) => {
  const aligns = node.columns.map((column) => alignment(column.align));
  const rows = node.rows.map((row, rowIndex) => {
    // Dropping a cell would drop text without a trace, so a misshaped row is an error.
    if (row.length > node.columns.length) {
      throw new Error(
        `render-pdf: table row ${rowIndex} has ${row.length} cells for ${node.columns.length} columns`,
      );
    }
    return node.columns.map((_, index) => ({
      text: inlineText(row[index] ?? []),
      alignment: aligns[index] ?? "left",
    }));
  });
  return [
    dataTable({
      ...(node.caption === undefined ? {} : { caption: node.caption }),
      widths: columnWidths(node.columns),
      header: node.columns.map((column) => headerCell(column.header, column.align)),
      rows,
      small: isSmall(node, context),
      rowsFit: rowsFitOnPage(node, context),
    }),
  ];
};

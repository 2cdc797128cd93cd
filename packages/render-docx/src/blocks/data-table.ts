// A ruled table with a header row that repeats on every page: the shape of both
// the `table` and the `schedule` blocks.
import { Table, TableLayoutType, TableRow, WidthType } from "docx";
import type { Alignment, Inline } from "@clausework/model";
import type { BlockOutput } from "../context.js";
import { inlineParagraph, textParagraph } from "../paragraphs.js";
import { styleIds } from "../style-ids.js";
import { alignmentOf, cell, columnWidths, shading, spacer } from "./table-parts.js";

export type DataColumn = {
  readonly header: string;
  readonly align: Alignment;
  readonly weight?: number;
};
export type DataRow = { readonly cells: readonly (readonly Inline[])[]; readonly fill?: string };

export function dataTable(
  columns: readonly DataColumn[],
  rows: readonly DataRow[],
  width: number,
): BlockOutput[] {
  if (columns.length === 0) return [];
  const widths = columnWidths(
    columns.map((column) => column.weight),
    width,
  );
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column, index) =>
      cell(
        [
          textParagraph(column.header, {
            style: styleIds.tableHeading,
            alignment: alignmentOf(column.align),
          }),
        ],
        widths[index] ?? 0,
      ),
    ),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((column, index) =>
          cell(
            [
              inlineParagraph(row.cells[index] ?? [], {
                style: styleIds.tableText,
                alignment: alignmentOf(column.align),
              }),
            ],
            widths[index] ?? 0,
            row.fill === undefined ? {} : { shading: shading(row.fill) },
          ),
        ),
      }),
  );
  const table = new Table({
    style: styleIds.table,
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    tableLook: {
      firstRow: true,
      lastRow: false,
      firstColumn: false,
      lastColumn: false,
      noHBand: true,
      noVBand: true,
    },
    rows: [header, ...body],
  });
  return [table, spacer()];
}

// Pieces shared by the data table and the schedule: column widths, header
// cells, and the table node with a caption and a repeating header row.
import type { Content, ContentTable, TableCell } from "pdfmake/interfaces.js";
import type { Alignment, TableColumn } from "@clausework/model";
import { css, theme } from "@clausework/theme";
import { plainText } from "../inlines.js";
import { styleNames } from "../styles.js";
import { tableLayoutNames } from "../table-layouts.js";

const alignments: Readonly<Record<Alignment, Alignment>> = {
  left: "left",
  center: "center",
  right: "right",
};

export function alignment(align: Alignment): Alignment {
  const known = alignments[align];
  if (known === undefined) throw new Error(`render-pdf: unknown column alignment "${align}"`);
  return known;
}

/**
 * Widths as percentages of the table. Weights are relative; a column without one
 * counts as weight 1 (as in the HTML renderer). Without any weight all share equally.
 */
export function columnWidths(columns: readonly Pick<TableColumn, "weight">[]): string[] {
  const weights = columns.map((column) => column.weight ?? 1);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => `${Number(((weight / total) * 100).toFixed(3))}%`);
}

export function headerCell(label: string, align: Alignment): TableCell {
  return {
    text: plainText(label),
    style: styleNames.tableHeader,
    fillColor: css(theme.color.tableHeaderBackground),
    alignment: alignment(align),
  };
}

export type DataTableParts = {
  readonly caption?: string;
  readonly widths: string[];
  readonly header: TableCell[];
  readonly rows: TableCell[][];
  /** Small enough to keep caption, header and rows on one page. */
  readonly small: boolean;
};

/** The header row repeats on every page the table spans; rows never split. */
export function dataTable(parts: DataTableParts): Content {
  const table: ContentTable = {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      ...(parts.rows.length > 0 ? { keepWithHeaderRows: 1 } : {}),
      widths: parts.widths,
      body: [parts.header, ...parts.rows],
    },
    layout: tableLayoutNames.grid,
  };
  const caption: Content[] =
    parts.caption === undefined
      ? []
      : [{ text: plainText(parts.caption), style: styleNames.caption }];
  return {
    stack: [...caption, table],
    margin: [0, 0, 0, theme.spacing.paragraph * 2],
    ...(parts.small ? { unbreakable: true } : {}),
  };
}

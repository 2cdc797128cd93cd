// Pieces shared by the data table and the schedule: column widths, header
// cells, and the table node with a caption and a repeating header row.
import type { Content, ContentTable, TableCell } from "pdfmake/interfaces.js";
import type { Alignment, TableColumn } from "@clausework/model";
import { css, theme } from "@clausework/theme";
import { plainText } from "../inlines.js";
import { styleNames } from "../styles.js";
import { tableLayoutNames } from "../table-layouts.js";
import type { RowsFit } from "./keep-together.js";

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

/** The schedule's columns: date, owner, item, basis. */
export const SCHEDULE_WEIGHTS = [{ weight: 2 }, { weight: 2.5 }, { weight: 3.5 }, { weight: 3.5 }];

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
  /** Which rows fit on a page under the header: those may be kept whole. */
  readonly rowsFit: RowsFit;
};

/**
 * The header row repeats on every page the table spans; rows split only when one
 * could be taller than a page (pdfmake would drop what does not fit).
 */
export function dataTable(parts: DataTableParts): Content {
  const table: ContentTable = {
    table: {
      headerRows: 1,
      dontBreakRows: parts.rowsFit.every,
      ...(parts.rowsFit.first ? { keepWithHeaderRows: 1 } : {}),
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

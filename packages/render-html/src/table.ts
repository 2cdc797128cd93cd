import type { Alignment, Table, TableColumn } from "@clausework/model";
import { element } from "./html-tree.js";
import type { HtmlElement } from "./html-tree.js";
import { direction, inlineDirection, plain } from "./plain.js";
import type { BlockHandler } from "./types.js";

/** Alignment is a class from this fixed set (styled by the stylesheet), never free text. */
const alignmentClass: Readonly<Record<Alignment, string>> = {
  left: "align-left",
  center: "align-center",
  right: "align-right",
};

export function alignClass(align: Alignment): string {
  const name = alignmentClass[align];
  if (name === undefined) throw new Error(`render-html: unknown column alignment "${align}"`);
  return name;
}

/**
 * Column widths as percentages. Weights are relative; a column without one counts
 * as weight 1. Without any weight the browser lays the table out itself.
 */
export function columnWidths(columns: readonly TableColumn[]): string[] | undefined {
  if (!columns.some((column) => column.weight !== undefined)) return undefined;
  const weights = columns.map((column) => column.weight ?? 1);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => `width: ${Number(((weight / total) * 100).toFixed(2))}%`);
}

function colgroup(columns: readonly TableColumn[]): HtmlElement[] {
  const widths = columnWidths(columns);
  if (widths === undefined) return [];
  return [
    element(
      "colgroup",
      {},
      widths.map((style) => element("col", { style })),
    ),
  ];
}

export const renderTable: BlockHandler<Table> = (node, context) => {
  const caption =
    node.caption === undefined
      ? []
      : [element("caption", direction(node.caption), plain(node.caption, context))];
  const header = element("tr", {}, [
    ...node.columns.map((column) =>
      element(
        "th",
        { scope: "col", class: alignClass(column.align), ...direction(column.header) },
        [...plain(column.header, context)],
      ),
    ),
  ]);
  const rows = node.rows.map((row) =>
    element(
      "tr",
      {},
      row.map((cell, index) => {
        const align = node.columns[index]?.align ?? "left";
        const children = context.inlines(cell);
        return element("td", { class: alignClass(align), ...inlineDirection(cell) }, children);
      }),
    ),
  );
  return element("table", { class: "data-table" }, [
    ...caption,
    ...colgroup(node.columns),
    element("thead", {}, [header]),
    element("tbody", {}, rows),
  ]);
};

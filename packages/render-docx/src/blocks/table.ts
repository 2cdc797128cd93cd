import type { Table } from "@clausework/model";
import type { BlockHandler } from "../context.js";
import { textParagraph } from "../paragraphs.js";
import { styleIds } from "../style-ids.js";
import { dataTable } from "./data-table.js";

export const renderTable: BlockHandler<Table> = (node, context) => [
  ...(node.caption === undefined ? [] : [textParagraph(node.caption, { style: styleIds.caption })]),
  ...dataTable(
    node.columns,
    node.rows.map((cells) => ({ cells })),
    context.width,
  ),
];

import { strong, text } from "@clausework/model";
import type { Inline, Table } from "@clausework/model";
import { joinBlocks } from "./lines.js";
import { formatTable } from "./table-format.js";
import type { BlockHandler, RenderContext } from "./types.js";

/** A table cell: its own line as far as escaping goes, with breaks joined by " / ". */
export const cellText = (inlines: readonly Inline[], context: RenderContext): string =>
  context.inlines(inlines, "cell", { lineStart: true, lineEnd: true });

/** GFM has no caption: it is a bold line above the table. */
export const renderTable: BlockHandler<Table> = (node, context) => {
  const caption =
    node.caption === undefined
      ? ""
      : context.inlines([strong(...text(node.caption))], "flow", {
          lineStart: true,
          lineEnd: true,
        });
  const table = formatTable(
    node.columns.map((column) => cellText(text(column.header), context)),
    node.columns.map((column) => column.align),
    node.rows.map((row) => row.map((cell) => cellText(cell, context))),
  );
  return joinBlocks([caption, table]);
};

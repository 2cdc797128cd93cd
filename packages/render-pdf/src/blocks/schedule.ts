// The schedule: one table of both parties' deadlines in date order; the client's
// rows are shaded so each party finds what it owes at a glance.
import type { TableCell } from "pdfmake/interfaces.js";
import type { Schedule, ScheduleEntry } from "@clausework/model";
import { css, theme } from "@clausework/theme";
import type { BlockHandler } from "../context.js";
import { plainText } from "../inlines.js";
import { isSmall, rowsFitOnPage } from "./keep-together.js";
import { columnWidths, dataTable, headerCell, SCHEDULE_WEIGHTS } from "./table-parts.js";

function row(entry: ScheduleEntry): TableCell[] {
  if (entry.owner !== "client" && entry.owner !== "freelancer") {
    throw new Error(`render-pdf: unknown schedule owner "${String(entry.owner)}"`);
  }
  const shade = entry.owner === "client" ? { fillColor: css(theme.color.clientRow) } : {};
  return [entry.dateText, entry.ownerText, entry.title, entry.basis ?? ""].map((value) => ({
    text: plainText(value),
    ...shade,
  }));
}

export const renderSchedule: BlockHandler<Schedule> = (node, context) => {
  const { date, owner, item, basis } = node.columns;
  return [
    dataTable({
      widths: columnWidths(SCHEDULE_WEIGHTS),
      header: [date, owner, item, basis].map((label) => headerCell(label, "left")),
      rows: node.entries.map(row),
      small: isSmall(node, context),
      rowsFit: rowsFitOnPage(node, context),
    }),
  ];
};

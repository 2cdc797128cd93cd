// The schedule is one timeline of both parties' deadlines; the client's rows are
// shaded so a client sees at a glance what they owe.
import { text, type Schedule, type ScheduleEntry } from "@clausework/model";
import { theme } from "@clausework/theme";
import type { BlockHandler } from "../context.js";
import { dataTable, type DataColumn, type DataRow } from "./data-table.js";

function row(entry: ScheduleEntry): DataRow {
  const cells = [
    text(entry.dateText),
    text(entry.ownerText),
    text(entry.title),
    text(entry.basis ?? ""),
  ];
  return entry.owner === "client" ? { cells, fill: theme.color.clientRow } : { cells };
}

export const renderSchedule: BlockHandler<Schedule> = (node, context) => {
  const { date, owner, item, basis } = node.columns;
  const columns: DataColumn[] = [
    { header: date, align: "left", weight: 2 },
    { header: owner, align: "left", weight: 2 },
    { header: item, align: "left", weight: 3 },
    { header: basis, align: "left", weight: 3 },
  ];
  return dataTable(columns, node.entries.map(row), context.width);
};

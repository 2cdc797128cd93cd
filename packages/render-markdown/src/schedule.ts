// The schedule as one GFM table in date order. Markdown cannot shade the client's
// rows; the "who" column says whose deadline each row is.
import { text } from "@clausework/model";
import type { Schedule } from "@clausework/model";
import { formatTable } from "./table-format.js";
import { cellText } from "./table.js";
import type { BlockHandler } from "./types.js";

export const renderSchedule: BlockHandler<Schedule> = (node, context) => {
  const cell = (value: string): string => cellText(text(value), context);
  const { date, owner, item, basis } = node.columns;
  return formatTable(
    [date, owner, item, basis].map(cell),
    ["left", "left", "left", "left"],
    node.entries.map((entry) => [
      cell(entry.dateText),
      cell(entry.ownerText),
      cell(entry.title),
      cell(entry.basis ?? ""),
    ]),
  );
};

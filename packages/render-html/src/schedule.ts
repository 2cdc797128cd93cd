// The schedule: one table of both parties' deadlines; the row class names the owner
// so the stylesheet shades the client's rows.
import type { Schedule, ScheduleEntry, ScheduleOwner } from "@clausework/model";
import { element } from "./html-tree.js";
import type { HtmlElement } from "./html-tree.js";
import { direction, plain } from "./plain.js";
import type { BlockHandler, RenderContext } from "./types.js";

const ownerClass: Readonly<Record<ScheduleOwner, string>> = {
  client: "owner-client",
  freelancer: "owner-freelancer",
};

function row(entry: ScheduleEntry, context: RenderContext): HtmlElement {
  const owner = ownerClass[entry.owner];
  if (owner === undefined) throw new Error(`render-html: unknown schedule owner "${entry.owner}"`);
  const cell = (value: string): HtmlElement =>
    element("td", direction(value), plain(value, context));
  return element("tr", { class: owner }, [
    element("td", direction(entry.dateText), [
      element("time", { datetime: entry.date }, plain(entry.dateText, context)),
    ]),
    cell(entry.ownerText),
    cell(entry.title),
    cell(entry.basis ?? ""),
  ]);
}

export const renderSchedule: BlockHandler<Schedule> = (node, context) => {
  const { date, owner, item, basis } = node.columns;
  const header = [date, owner, item, basis].map((label) =>
    element("th", { scope: "col", ...direction(label) }, plain(label, context)),
  );
  return element("table", { class: "schedule" }, [
    element("thead", {}, [element("tr", {}, header)]),
    element(
      "tbody",
      {},
      node.entries.map((entry) => row(entry, context)),
    ),
  ]);
};

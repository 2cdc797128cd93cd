import type { Schedule, ScheduleOwner } from "@clausework/model";
import { describe, expect, it } from "vitest";
import { renderBlocks } from "./test-render.js";

const schedule: Schedule = {
  type: "schedule",
  columns: { date: "Date", owner: "Who", item: "What", basis: "Based on" },
  entries: [
    { date: "2027-01-20", dateText: "20 Jan", owner: "client", ownerText: "Acme", title: "Call" },
    {
      date: "2027-01-29",
      dateText: "29 Jan",
      owner: "freelancer",
      ownerText: "Jane",
      title: "Draft",
      basis: "7 days after Call",
    },
  ],
};

describe("schedule", () => {
  it("renders a table whose rows carry the owner class and a machine-readable date", () => {
    const html = renderBlocks(schedule);
    expect(html).toContain('<th scope="col">Based on</th>');
    expect(html).toContain(
      [
        '    <tr class="owner-client">',
        '      <td><time datetime="2027-01-20">20 Jan</time></td>',
        "      <td>Acme</td>",
        "      <td>Call</td>",
        "      <td></td>",
        "    </tr>",
        '    <tr class="owner-freelancer">',
      ].join("\n"),
    );
    expect(html).toContain("<td>7 days after Call</td>");
  });

  it("refuses an owner outside the fixed set", () => {
    const entry = { ...schedule.entries[0]!, owner: "agency" as ScheduleOwner };
    expect(() => renderBlocks({ ...schedule, entries: [entry] })).toThrow(/unknown schedule owner/);
  });
});

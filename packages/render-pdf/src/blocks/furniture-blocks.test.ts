// Notices, schedules and signatures: the parts the golden shows once, tried at their edges.
import { describe, expect, it } from "vitest";
import { paragraph, sampleDocument, text } from "@clausework/model";
import type { Notice, Schedule, Signatures } from "@clausework/model";
import type { RenderContext } from "../context.js";
import { renderNotice } from "./notice.js";
import { renderParagraph } from "./paragraph.js";
import { renderSchedule } from "./schedule.js";
import { renderSignatures } from "./signatures.js";

const context: RenderContext = {
  depth: 0,
  width: 480,
  pageHeight: 714,
  nextOutlineId: () => "outline",
  blocks: (children, inner) => children.flatMap((child) => renderParagraph(child as never, inner)),
};

describe("renderNotice", () => {
  it("shades the cell in the tone's colours", () => {
    const notice: Notice = {
      type: "notice",
      tone: "warning",
      children: [paragraph(...text("Late fee"))],
    };
    expect(JSON.stringify(renderNotice(notice, context))).toContain(
      '"fillColor":"#FFF4E5","border":[true,false,false,false],"borderColor":["#C26A00"',
    );
  });

  it("rejects an unknown tone loudly", () => {
    const notice = { type: "notice", tone: "party", children: [] } as unknown as Notice;
    expect(() => renderNotice(notice, context)).toThrow(/unknown notice tone "party"/);
  });
});

describe("renderSchedule", () => {
  const schedule = sampleDocument.children.flatMap((block) =>
    block.type === "section" ? block.children.filter((child) => child.type === "schedule") : [],
  )[0] as Schedule;

  it("shades the client's rows only", () => {
    const json = JSON.stringify(renderSchedule(schedule, context));
    expect(json).toContain('{"text":"Interview with the founder","fillColor":"#F0F4F8"}');
    expect(json).toContain('{"text":"First draft"}');
  });

  it("rejects an unknown owner loudly", () => {
    const [first] = schedule.entries;
    const odd = { ...schedule, entries: [{ ...first, owner: "agency" }] } as unknown as Schedule;
    expect(() => renderSchedule(odd, context)).toThrow(/unknown schedule owner "agency"/);
  });
});

describe("renderSignatures", () => {
  const party = { role: "Client", partyName: "Acme", signatories: [{ name: "Max" }] };

  it("keeps the whole block on one page, two parties a row", () => {
    const node: Signatures = {
      type: "signatures",
      labels: { signature: "Signature", date: "Date" },
      parties: [party, party, party],
    };
    const [block] = renderSignatures(node, context);
    expect(block).toMatchObject({ unbreakable: true });
    const rows = (block as { stack: { columns: unknown[] }[] }).stack;
    expect(rows.map((row) => row.columns.length)).toEqual([2, 2]);
    expect(rows[1]?.columns[1]).toEqual({ text: "" });
  });

  it("draws signature and date lines half the width each, less the gap", () => {
    const node: Signatures = {
      type: "signatures",
      labels: { signature: "S", date: "D" },
      parties: [party],
    };
    expect(JSON.stringify(renderSignatures(node, context))).toContain('"x2":228');
  });
});

import type { Block } from "@clausework/model";
import { plainText } from "@clausework/model";
import { describe, expect, it } from "vitest";
import type { Facts } from "../../facts.js";
import type { ResolvedEngagement } from "../../resolve.js";
import { FULL_FACTS, fullEngagement, MINIMAL_FACTS, minimalEngagement } from "../test-fixtures.js";
import type { BlockContext } from "./context.js";
import { blockBuilders } from "./index.js";

function context(engagement: ResolvedEngagement, facts: Facts): BlockContext {
  return { engagement, facts, kind: "contract", locale: "en-GB" };
}
const full = context(fullEngagement(), FULL_FACTS);
const minimal = context(minimalEngagement(), MINIMAL_FACTS);
const only = (blocks: Block[]) => {
  expect(blocks).toHaveLength(1);
  return blocks[0] as Block;
};

describe("typed blocks", () => {
  it("parties: both parties, address lines as breaks, links only https and mailto", () => {
    const block = only(blockBuilders.parties(full));
    if (block.type !== "keyFacts") throw new Error("expected key facts");
    expect(block.items.map((item) => item.label)).toEqual(["Freelancer", "Client"]);
    const freelancer = block.items[0]?.value ?? [];
    expect(plainText(freelancer)).toContain("1 High Street\nLondon\nE1 6AN");
    const urls = freelancer.flatMap((inline) => (inline.type === "link" ? [inline.url] : []));
    expect(urls).toEqual(["mailto:jane@janedoe.example.com", "https://janedoe.example.com"]);
  });

  it("payment schedule: each instalment, its due date, and an exact total", () => {
    const block = only(blockBuilders["payment-schedule"](full));
    if (block.type !== "table") throw new Error("expected a table");
    expect(block.rows.map((row) => row.map((cell) => plainText(cell)))).toEqual([
      ["Deposit", "On signing", "£2,400.00"],
      ["Balance", "On completion, 30 April 2027", "£2,400.00"],
      ["Total", "", "£4,800.00"],
    ]);
    expect(block.columns.map((column) => column.align)).toEqual(["left", "left", "right"]);
    expect(blockBuilders["payment-schedule"](minimal)).toEqual([]);
  });

  it("schedule: both parties in one timeline, with owners' names and how dates come about", () => {
    const block = only(blockBuilders.schedule(full));
    if (block.type !== "schedule") throw new Error("expected a schedule");
    expect(
      block.entries.map((entry) => [entry.date, entry.ownerText, entry.title, entry.basis]),
    ).toEqual([
      ["2027-02-03", "Acme & Sons", "Interview with the founder", undefined],
      [
        "2027-02-10",
        "Jane Doe",
        "Editorial calendar",
        "5 business days after Interview with the founder",
      ],
      [
        "2027-02-15",
        "Acme & Sons",
        "Feedback on the calendar",
        "3 business days after Editorial calendar",
      ],
      ["2027-02-19", "Jane Doe", "Blog post (1 of 3)", undefined],
      ["2027-02-26", "Jane Doe", "Blog post (2 of 3)", undefined],
      ["2027-03-05", "Jane Doe", "Blog post (3 of 3)", undefined],
    ]);
    expect(block.entries[0]?.dateText).toBe("3 February 2027");
    expect(blockBuilders.schedule(minimal)).toEqual([]);
  });

  it("signatures: the named signatories, or the party when none is named", () => {
    const named = only(blockBuilders.signatures(full));
    const unnamed = only(blockBuilders.signatures(minimal));
    if (named.type !== "signatures" || unnamed.type !== "signatures")
      throw new Error("expected signatures");
    expect(named.parties.map((party) => [party.role, party.partyName, party.signatories])).toEqual([
      ["Freelancer", "Jane Doe Writing Ltd", [{ name: "Jane Doe", title: "Director" }]],
      ["Client", "Acme & Sons", [{ name: "Sam Smith", title: "Head of Marketing" }]],
    ]);
    expect(unnamed.parties.map((party) => party.signatories)).toEqual([
      [{ name: "Fran Freelancer" }],
      [{ name: "Clara Client" }],
    ]);
  });

  it("fee summary: the fee with its unit, deposit and balance", () => {
    const block = only(blockBuilders["fee-summary"](full));
    if (block.type !== "keyFacts") throw new Error("expected key facts");
    expect(block.items.map((item) => [item.label, plainText(item.value)])).toEqual([
      ["Fee", "£4,800.00 for the project"],
      ["Deposit", "£2,400.00 (50%)"],
      ["Balance", "£2,400.00"],
    ]);
  });

  it("handover tables: contacts, accounts and invoices; never a password column", () => {
    const contacts = only(blockBuilders["handover-contacts"](full));
    const accounts = only(blockBuilders["handover-accounts"](full));
    const invoices = only(blockBuilders["handover-invoices"](full));
    if (contacts.type !== "table" || accounts.type !== "table" || invoices.type !== "table")
      throw new Error("tables");
    expect(contacts.rows).toHaveLength(2);
    expect(accounts.columns.map((column) => column.header)).toEqual([
      "System",
      "Access",
      "How it is handed over",
      "Note",
    ]);
    expect(accounts.rows[0]?.map((cell) => plainText(cell))).toEqual([
      "WordPress",
      "Editor",
      "I remove my own access",
      "By 30 April.",
    ]);
    expect(invoices.rows.map((row) => row.map((cell) => plainText(cell)))).toEqual([
      ["JD-2027-004", "Balance", "14 May 2027", "£2,400.00"],
    ]);
  });

  it("invoices: facts that do not match the handover are a loud error", () => {
    const facts: Facts = {
      ...FULL_FACTS,
      money: {
        ...FULL_FACTS.money,
        invoices: [
          { number: "OTHER-1", amount: { minor: 1, currency: "GBP" }, dueOn: "2027-05-14" },
        ],
      },
    };
    expect(() => blockBuilders["handover-invoices"](context(fullEngagement(), facts))).toThrow(
      /OTHER-1/,
    );
  });
});

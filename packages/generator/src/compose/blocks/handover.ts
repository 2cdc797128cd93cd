import { formatDate, formatMoney, phrase } from "@clausework/clauses";
import type { Block, TableCell } from "@clausework/model";
import { strong, text } from "@clausework/model";
import { ComposeError } from "../errors.js";
import { emailLink, optionalText, type BlockContext } from "./context.js";

function handoverOf(context: BlockContext) {
  const handover = context.engagement.handover;
  if (handover === undefined)
    throw new ComposeError("HANDOVER_MISSING", "no handover in the engagement", "/handover");
  return handover;
}

export function contactsBlock(context: BlockContext): Block[] {
  const contacts = handoverOf(context).contacts ?? [];
  if (contacts.length === 0) return [];
  const rows: TableCell[][] = contacts.map((contact) => [
    text(contact.name),
    text(contact.role),
    emailLink(contact.email),
    optionalText(contact.phone),
  ]);
  return [
    {
      type: "table",
      columns: [
        { header: "Name", align: "left" },
        { header: "Role", align: "left", weight: 2 },
        { header: "Email", align: "left" },
        { header: "Phone", align: "left" },
      ],
      rows,
    },
  ];
}

export function accountsBlock(context: BlockContext): Block[] {
  const accounts = handoverOf(context).accounts ?? [];
  if (accounts.length === 0) return [];
  const rows: TableCell[][] = accounts.map((account) => [
    text(account.system),
    text(account.access),
    text(phrase("account-handover", account.handover)),
    optionalText(account.note),
  ]);
  return [
    {
      type: "table",
      columns: [
        { header: "System", align: "left" },
        { header: "Access", align: "left" },
        { header: "How it is handed over", align: "left" },
        { header: "Note", align: "left", weight: 2 },
      ],
      rows,
    },
  ];
}

/** Open invoices: descriptions from the engagement, amounts from the facts. */
export function invoicesBlock(context: BlockContext): Block[] {
  const described = handoverOf(context).invoices ?? [];
  const { invoices, invoicesTotal } = context.facts.money;
  if (invoices.length === 0) return [];
  const rows: TableCell[][] = invoices.map((invoice, index) => {
    const source = described[index];
    if (source?.number !== invoice.number) {
      throw new ComposeError(
        "FACTS_INCONSISTENT",
        `invoice ${invoice.number} is not invoice ${index + 1} of the handover`,
      );
    }
    return [
      text(invoice.number),
      optionalText(source.description),
      text(formatDate(invoice.dueOn, context.locale)),
      text(formatMoney(invoice.amount, context.locale)),
    ];
  });
  if (invoices.length > 1 && invoicesTotal !== undefined) {
    rows.push([
      [strong(...text("Total"))],
      [],
      [],
      [strong(...text(formatMoney(invoicesTotal, context.locale)))],
    ]);
  }
  return [
    {
      type: "table",
      columns: [
        { header: "Invoice", align: "left" },
        { header: "Description", align: "left", weight: 2 },
        { header: "Due", align: "left" },
        { header: "Amount", align: "right" },
      ],
      rows,
    },
  ];
}

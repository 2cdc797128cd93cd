// Signature blocks: one borderless column per party. Each signatory gets a line
// to sign on, their name and title, and a line for the date, so the page can be
// printed, signed by hand and scanned.
import { BorderStyle, Paragraph, Table, TableLayoutType, TableRow, WidthType } from "docx";
import type { SignatureParty, Signatory, Signatures } from "@clausework/model";
import { theme } from "@clausework/theme";
import type { BlockHandler, BlockOutput } from "../context.js";
import { textParagraph } from "../paragraphs.js";
import { styleIds } from "../style-ids.js";
import { eighthPoints, twips } from "../units.js";
import { cell, columnWidths } from "./table-parts.js";

/** An empty paragraph with a rule under it, `room` points below the text above. */
function writingLine(room: number): Paragraph {
  return new Paragraph({
    style: styleIds.tableText,
    spacing: { before: twips(room), after: 0 },
    border: {
      bottom: {
        style: BorderStyle.SINGLE,
        size: eighthPoints(0.75),
        color: theme.color.text,
        space: 1,
      },
    },
  });
}

function signatory(person: Signatory, labels: Signatures["labels"]): BlockOutput[] {
  return [
    writingLine(theme.size.body * 3),
    textParagraph(labels.signature, { style: styleIds.signatureLabel }),
    textParagraph(person.name, {
      style: styleIds.tableText,
      spacing: { before: twips(theme.spacing.paragraph) },
    }),
    ...(person.title === undefined
      ? []
      : [textParagraph(person.title, { style: styleIds.tableText })]),
    writingLine(theme.size.body * 2),
    textParagraph(labels.date, { style: styleIds.signatureLabel }),
  ];
}

function partyColumn(party: SignatureParty, labels: Signatures["labels"]): BlockOutput[] {
  return [
    textParagraph(party.role, { style: styleIds.signatureLabel }),
    textParagraph(party.partyName, { style: styleIds.tableText }, { bold: true }),
    ...party.signatories.flatMap((person) => signatory(person, labels)),
  ];
}

export const renderSignatures: BlockHandler<Signatures> = (node, context) => {
  if (node.parties.length === 0) return [];
  const widths = columnWidths(
    node.parties.map(() => 1),
    context.width,
  );
  const row = new TableRow({
    cantSplit: true,
    children: node.parties.map((party, index) =>
      cell(partyColumn(party, node.labels), widths[index] ?? 0, {}),
    ),
  });
  return [
    new Table({
      style: styleIds.layoutTable,
      width: { size: context.width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [row],
    }),
  ];
};

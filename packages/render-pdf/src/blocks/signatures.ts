// Signature blocks: two parties side by side; per signatory a line to sign on
// and a line for the date, each labelled underneath, so the page can be printed,
// signed by hand and scanned. The whole block stays on one page when it fits.
import type { Content } from "pdfmake/interfaces.js";
import type { Signatory, SignatureParty, Signatures } from "@clausework/model";
import { css, theme } from "@clausework/theme";
import type { BlockHandler } from "../context.js";
import { plainText } from "../inlines.js";
import { styleNames } from "../styles.js";
import { fitsOnPage } from "./keep-together.js";

const columnGap = 24;

/** A rule to write on, `room` points below what precedes it. */
function writingLine(width: number, room: number): Content {
  return {
    canvas: [
      {
        type: "line",
        x1: 0,
        y1: 0,
        x2: width,
        y2: 0,
        lineWidth: 0.75,
        lineColor: css(theme.color.text),
      },
    ],
    margin: [0, room, 0, 2],
  };
}

function signatory(person: Signatory, labels: Signatures["labels"], width: number): Content[] {
  const title: Content[] =
    person.title === undefined ? [] : [{ text: plainText(person.title), style: styleNames.small }];
  return [
    writingLine(width, theme.size.body * 3),
    { text: plainText(labels.signature), style: styleNames.small },
    { text: plainText(person.name), margin: [0, theme.spacing.paragraph, 0, 0] },
    ...title,
    writingLine(width, theme.size.body * 2),
    { text: plainText(labels.date), style: styleNames.small },
  ];
}

function party(entry: SignatureParty, labels: Signatures["labels"], width: number): Content {
  return {
    stack: [
      { text: plainText(entry.role), style: styleNames.small },
      { text: plainText(entry.partyName), bold: true },
      ...entry.signatories.flatMap((person) => signatory(person, labels, width)),
    ],
  };
}

export const renderSignatures: BlockHandler<Signatures> = (node, context) => {
  const width = (context.width - columnGap) / 2;
  const rows: Content[] = [];
  for (let index = 0; index < node.parties.length; index += 2) {
    const pair = node.parties
      .slice(index, index + 2)
      .map((entry) => party(entry, node.labels, width));
    rows.push({
      columns: pair.length === 2 ? pair : [...pair, { text: "" }],
      columnGap,
      margin: [0, 0, 0, 18],
    });
  }
  if (rows.length === 0) return [];
  // Kept on one page unless it could not fit there (pdfmake would drop the rest).
  const whole = fitsOnPage(node, context) ? { unbreakable: true } : {};
  return [{ stack: rows, ...whole, margin: [0, 12, 0, 0] }];
};

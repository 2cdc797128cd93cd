// Signature blocks: per party a bold role and the party's name, then per signatory
// a line to sign on, the name (and title), and a line for the date. Each line is
// its own paragraph, so the underscores always end a paragraph and stay literal.
import { strong, text } from "@clausework/model";
import type { Inline, Signatory, Signatures } from "@clausework/model";
import { joinBlocks } from "./lines.js";
import type { BlockHandler, RenderContext } from "./types.js";

/** Long enough to sign on; a run of underscores at the end of a paragraph is plain text. */
export const signatureLine = "_".repeat(30);

const paragraph = (inlines: readonly Inline[], context: RenderContext): string =>
  context.inlines(inlines, "flow", { lineStart: true, lineEnd: true });

const labelled = (label: string, context: RenderContext): string =>
  `${paragraph(text(`${label}:`), context)} ${signatureLine}`;

function signatory(
  person: Signatory,
  labels: Signatures["labels"],
  context: RenderContext,
): string {
  const name = person.title === undefined ? person.name : `${person.name}, ${person.title}`;
  return joinBlocks([
    labelled(labels.signature, context),
    paragraph(text(name), context),
    labelled(labels.date, context),
  ]);
}

export const renderSignatures: BlockHandler<Signatures> = (node, context) =>
  joinBlocks(
    node.parties.map((party) =>
      joinBlocks([
        paragraph(
          [strong(...text(`${party.role}:`)), ...text(party.partyName && ` ${party.partyName}`)],
          context,
        ),
        ...party.signatories.map((person) => signatory(person, node.labels, context)),
      ]),
    ),
  );

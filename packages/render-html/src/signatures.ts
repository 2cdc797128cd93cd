// Signature blocks: one column per party (two side by side), and per signatory a
// line to sign on and a line for the date, each with its label underneath.
import type { Signatory, SignatureParty, Signatures } from "@clausework/model";
import { element } from "./html-tree.js";
import type { HtmlElement } from "./html-tree.js";
import { direction, plain } from "./plain.js";
import type { BlockHandler, RenderContext } from "./types.js";

function line(label: string, context: RenderContext): HtmlElement[] {
  return [
    element("div", { class: "signature-line" }),
    element("p", { class: "signature-label", ...direction(label) }, plain(label, context)),
  ];
}

function signatory(
  person: Signatory,
  labels: Signatures["labels"],
  context: RenderContext,
): HtmlElement {
  const title =
    person.title === undefined
      ? []
      : [
          element(
            "p",
            { class: "signatory-title", ...direction(person.title) },
            plain(person.title, context),
          ),
        ];
  return element("div", { class: "signatory" }, [
    ...line(labels.signature, context),
    element(
      "p",
      { class: "signatory-name", ...direction(person.name) },
      plain(person.name, context),
    ),
    ...title,
    ...line(labels.date, context),
  ]);
}

function party(
  entry: SignatureParty,
  labels: Signatures["labels"],
  context: RenderContext,
): HtmlElement {
  return element("div", { class: "signature-party" }, [
    element("p", { class: "signature-role", ...direction(entry.role) }, plain(entry.role, context)),
    element(
      "p",
      { class: "signature-party-name", ...direction(entry.partyName) },
      plain(entry.partyName, context),
    ),
    ...entry.signatories.map((person) => signatory(person, labels, context)),
  ]);
}

export const renderSignatures: BlockHandler<Signatures> = (node, context) =>
  element(
    "div",
    { class: "signatures" },
    node.parties.map((entry) => party(entry, node.labels, context)),
  );

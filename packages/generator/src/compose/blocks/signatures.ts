import type { Block, Signatory } from "@clausework/model";
import type { Party } from "@clausework/schema";
import { oneLine, type BlockContext } from "./context.js";

type SignatoryInput = { readonly name: string; readonly title?: string };

function signatory({ name, title }: SignatoryInput): Signatory {
  return title === undefined
    ? { name: oneLine(name) }
    : { name: oneLine(name), title: oneLine(title) };
}

/** Who signs when the engagement names nobody: the contact person, else the party. */
function defaultSignatory(party: Party): SignatoryInput {
  const contact = party.contact;
  if (contact === undefined) return { name: party.name };
  return contact.role === undefined
    ? { name: contact.name }
    : { name: contact.name, title: contact.role };
}

function signatories(named: readonly SignatoryInput[] | undefined, party: Party): Signatory[] {
  return (named ?? [defaultSignatory(party)]).map(signatory);
}

/** A signature block for each party, freelancer first. */
export function signaturesBlock({ engagement }: BlockContext): Block[] {
  const { freelancer, client, signatures } = engagement;
  return [
    {
      type: "signatures",
      labels: { signature: "Signature", date: "Date" },
      parties: [
        {
          role: "Freelancer",
          partyName: oneLine(freelancer.businessName ?? freelancer.name),
          signatories: signatories(signatures?.freelancer, freelancer),
        },
        {
          role: "Client",
          partyName: oneLine(client.businessName ?? client.name),
          signatories: signatories(signatures?.client, client),
        },
      ],
    },
  ];
}

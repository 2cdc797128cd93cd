import type { Block, Inline, KeyFact } from "@clausework/model";
import { strong, text } from "@clausework/model";
import type { Party } from "@clausework/schema";
import { emailLink, lines, optionalText, webLink, type BlockContext } from "./context.js";

function contactLine(party: Party): Inline[] {
  const contact = party.contact;
  if (contact === undefined) return [];
  const who = contact.role === undefined ? contact.name : `${contact.name}, ${contact.role}`;
  return lines(text(`Contact: ${who}`), emailLink(contact.email), optionalText(contact.phone));
}

function partyFact(label: string, party: Party): KeyFact {
  const value = lines(
    [strong(...text(party.name))],
    optionalText(party.businessName),
    optionalText(party.address),
    emailLink(party.email),
    optionalText(party.phone),
    webLink(party.website),
    contactLine(party),
  );
  return { label, value };
}

/** Both parties with their details, freelancer first. */
export function partiesBlock({ engagement }: BlockContext): Block[] {
  return [
    {
      type: "keyFacts",
      items: [
        partyFact("Freelancer", engagement.freelancer),
        partyFact("Client", engagement.client),
      ],
    },
  ];
}

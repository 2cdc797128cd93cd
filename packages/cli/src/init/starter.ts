// The engagement `clausework init` writes. JSON has no comments and the schema
// allows no unknown keys, so every value explains itself ("Your business name")
// and still validates: the user can build it at once, then replace the values.

/** The schema's $id: editors that fetch schemas complete and check the file. */
export const SCHEMA_URL = "https://clausework.dev/schemas/engagement.schema.json";

/** The date `days` days after an ISO date, computed in UTC so it never meets a zone's switch. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The id a starter gets from its file name, so that `init clients/acme.json`
 * and `init clients/beta.json` do not share one (a packet refuses that):
 * "acme.json" → "acme", "Acme Ltd.json" → "acme-ltd". The default name, or
 * one with nothing usable, gives "my-first-engagement".
 */
export function idFromFileName(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  const slug = name
    .replace(/\.json$/i, "")
    // "Müller" is "muller", not "m-ller": accents go, their letters stay.
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug === "" || slug === "engagement" ? "my-first-engagement" : slug;
}

export function starterEngagement(
  issuedOn: string,
  id = "my-first-engagement",
): Record<string, unknown> {
  const startDate = addDays(issuedOn, 14);
  const weekdays = ["mon", "tue", "wed", "thu", "fri"];
  return {
    $schema: SCHEMA_URL,
    id,
    issuedOn,
    validForDays: 14,
    locale: "en-GB",
    currency: "GBP",
    freelancer: {
      name: "Your full name",
      businessName: "Your business name",
      address: "Your street and number\nYour town and postcode\nYour country",
      email: "you@example.com",
      timeZone: "Europe/London",
      officeHours: [{ days: weekdays, from: "09:00", to: "17:00" }],
      responseTime: { within: 1, unit: "business-days" },
    },
    client: {
      name: "Your client's company",
      contact: { name: "Your contact at the client", email: "contact@client.example.com" },
      address: "Client street and number\nClient town and postcode\nClient country",
      timeZone: "Europe/London",
      officeHours: [{ days: weekdays, from: "09:00", to: "17:00" }],
    },
    project: {
      title: "Name of the project",
      summary: "One or two sentences on what the client gets and why they want it.",
    },
    scope: {
      summary: "What you will do, in plain words the client would use.",
      outOfScope: ["Something the client might expect that you will not do"],
    },
    deliverables: [
      { id: "main-deliverable", title: "The main thing you deliver", quantity: 1, unit: "item" },
    ],
    schedule: {
      startDate,
      milestones: [
        {
          id: "client-materials",
          title: "Materials you need from the client",
          owner: "client",
          dueOn: startDate,
        },
        {
          id: "first-draft",
          title: "First draft for the client's review",
          owner: "freelancer",
          after: "client-materials",
          businessDays: 10,
        },
        {
          id: "client-feedback",
          title: "The client's feedback on the draft",
          owner: "client",
          after: "first-draft",
          businessDays: 5,
        },
        {
          id: "final-draft",
          title: "Final draft with the feedback worked in",
          owner: "freelancer",
          after: "client-feedback",
          businessDays: 5,
        },
        {
          id: "final-approval",
          title: "Approval of the final draft and payment of the balance",
          owner: "client",
          after: "final-draft",
          businessDays: 3,
        },
        {
          id: "final-delivery",
          title: "Final files",
          owner: "freelancer",
          after: "final-approval",
          businessDays: 2,
        },
      ],
    },
    method: { revisionRounds: 2 },
    fees: {
      model: "fixed-fee",
      amount: 1000,
      deposit: { percent: 50, refundable: false },
      instalments: [
        { label: "Deposit", percent: 50, due: "signing" },
        { label: "Balance", percent: 50, due: "milestone", milestone: "final-approval" },
      ],
      netDays: 14,
      lateFee: { percent: 2, per: "month", graceDays: 7 },
      extraRevision: 100,
      termination: { noticeDays: 14, killFee: { percent: 25 } },
    },
    rights: { ownershipTransfer: "on-final-payment", portfolio: "yes" },
    signatures: {
      freelancer: [{ name: "Your full name", title: "Owner, Your business name" }],
      client: [{ name: "Your contact at the client", title: "Their role" }],
    },
  };
}

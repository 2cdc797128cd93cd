// A small valid engagement for tests; each test overrides only what it is about.
import type { Engagement, Party } from "@clausework/schema";
import { resolve, type ResolvedEngagement } from "../resolve.js";

export function party(overrides: Partial<Party> = {}): Party {
  return { name: "Someone", timeZone: "Europe/London", ...overrides };
}

export function engagement(overrides: Partial<Engagement> = {}): Engagement {
  return {
    id: "test-engagement",
    issuedOn: "2027-01-11",
    locale: "en-GB",
    currency: "EUR",
    freelancer: party({ name: "Fran Freelancer" }),
    client: party({ name: "Clara Client" }),
    project: { title: "Weekly blog posts" },
    deliverables: [{ title: "Blog post", quantity: 4 }],
    schedule: { startDate: "2027-02-01" },
    fees: { model: "fixed-fee", amount: "1000.00" },
    ...overrides,
  };
}

export function resolved(overrides: Partial<Engagement> = {}): ResolvedEngagement {
  return resolve(engagement(overrides));
}

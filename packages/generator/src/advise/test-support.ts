// A small engagement that follows every piece of advice, with hand-built facts that
// match it. Rule tests break one thing at a time and expect exactly their rule to speak.
import type { Engagement } from "@clausework/schema";
import type { Facts } from "../facts.js";
import type { AdviseOptions, Finding, Rule } from "./types.js";

export function cleanEngagement(): Engagement {
  return {
    id: "clean-engagement",
    issuedOn: "2027-03-01",
    validUntil: "2027-03-15",
    locale: "en-GB",
    currency: "EUR",
    freelancer: {
      name: "Fran Freelancer",
      address: "1 High Street\nBerlin",
      timeZone: "Europe/Berlin",
      officeHours: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", to: "17:00" }],
    },
    client: {
      name: "Client Co",
      address: "2 Market Square\nHamburg",
      timeZone: "Europe/Berlin",
      officeHours: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "10:00", to: "18:00" }],
    },
    project: { title: "Four blog posts" },
    scope: { outOfScope: ["Uploading posts to the website"] },
    deliverables: [
      {
        id: "post",
        title: "Blog post",
        quantity: 4,
        unit: "post",
        specification: "500 to 750 words",
      },
    ],
    schedule: {
      startDate: "2027-03-08",
      milestones: [
        { id: "brief", title: "Brief and materials", owner: "client", dueOn: "2027-03-08" },
        { id: "drafts", title: "Drafts", owner: "freelancer", after: "brief", days: 7 },
        { id: "final-files", title: "Final files", owner: "freelancer", after: "drafts", days: 7 },
      ],
    },
    method: { revisionRounds: 1 },
    fees: {
      model: "fixed-fee",
      amount: 2000,
      deposit: { percent: 50, refundable: false },
      instalments: [
        { label: "Deposit", percent: 50, due: "signing" },
        { label: "Balance", percent: 50, due: "milestone", milestone: "drafts" },
      ],
      netDays: 14,
      lateFee: { percent: 1, per: "month", graceDays: 7 },
      extraRevision: 100,
      termination: { noticeDays: 7, owed: ["All work done to date"] },
    },
    rights: { ownershipTransfer: "on-final-payment" },
  };
}

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"] as const;

/** Facts of the clean engagement; amounts in `currency` (the engagement's is EUR). */
export function cleanFacts(currency = "EUR"): Facts {
  const EUR = (minor: number) => ({ minor, currency });
  return {
    issuedOn: "2027-03-01",
    offerExpiresOn: "2027-03-15",
    startDate: "2027-03-08",
    milestones: [
      { id: "brief", title: "Brief and materials", owner: "client", dueOn: "2027-03-08" },
      {
        id: "drafts",
        title: "Drafts",
        owner: "freelancer",
        dueOn: "2027-03-15",
        basis: { after: "brief", afterTitle: "Brief and materials", days: 7 },
      },
      {
        id: "final-files",
        title: "Final files",
        owner: "freelancer",
        dueOn: "2027-03-22",
        basis: { after: "drafts", afterTitle: "Drafts", days: 7 },
      },
    ],
    officeHours: {
      freelancer: {
        owner: "freelancer",
        timeZone: "Europe/Berlin",
        windows: [{ days: WEEKDAYS, from: "09:00", to: "17:00", crossesMidnight: false }],
        offsetChanges: [],
      },
      client: {
        owner: "client",
        timeZone: "Europe/Berlin",
        windows: [{ days: WEEKDAYS, from: "10:00", to: "18:00", crossesMidnight: false }],
        offsetChanges: [],
      },
    },
    money: {
      fee: EUR(200_000),
      estimatedTotal: EUR(200_000),
      deposit: { ...EUR(100_000), percent: 50, refundable: false },
      balance: EUR(100_000),
      instalments: [
        { label: "Deposit", amount: EUR(100_000), due: "signing" },
        {
          label: "Balance",
          amount: EUR(100_000),
          due: "milestone",
          dueOn: "2027-03-15",
          milestoneTitle: "Drafts",
        },
      ],
      lateFee: { percent: 1, per: "month", graceDays: 7 },
      extraRevision: EUR(10_000),
      invoices: [],
    },
    pageSize: "A4",
  };
}

/**
 * The clean engagement under New York's Freelance Isn't Free Act: in dollars, with a
 * deadline for the list of services rendered, so the Act's rules stay quiet too.
 */
export function newYork(): { engagement: Engagement; facts: Facts } {
  const engagement = engagementWith((e) => {
    e.jurisdiction = "US-NY";
    e.currency = "USD";
    e.locale = "en-US";
    e.schedule.milestones?.push({
      id: "invoice",
      title: "Invoice and list of services rendered",
      owner: "freelancer",
      after: "final-files",
      days: 1,
    });
  });
  const facts = cleanFacts("USD");
  const invoice = {
    id: "invoice",
    title: "Invoice and list of services rendered",
    owner: "freelancer",
    dueOn: "2027-03-23",
    basis: { after: "final-files", afterTitle: "Final files", days: 1 },
  } as const;
  return { engagement, facts: { ...facts, milestones: [...facts.milestones, invoice] } };
}

/** The clean engagement with one change; the callback may mutate its fresh copy. */
export function engagementWith(change: (engagement: Engagement) => void): Engagement {
  const engagement = cleanEngagement();
  change(engagement);
  return engagement;
}

export function check(
  rule: Rule,
  engagement: Engagement = cleanEngagement(),
  facts: Facts = cleanFacts(),
  options: AdviseOptions = {},
): Finding[] {
  return rule.check(engagement, facts, options);
}

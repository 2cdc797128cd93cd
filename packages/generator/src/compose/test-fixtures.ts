// Test support: a hand-written engagement with every optional field (its facts,
// worked out by hand, are in test-full-facts.ts), and a minimal pair.
import type { Engagement } from "@clausework/schema";
import type { Facts } from "../facts.js";
import { resolve, type ResolvedEngagement } from "../resolve.js";

const weekdays = ["mon", "tue", "wed", "thu", "fri"] as const;

export const FULL_ENGAGEMENT: Engagement = {
  id: "acme-blog-2027",
  issuedOn: "2027-01-15",
  validUntil: "2027-01-29",
  locale: "en-GB",
  currency: "GBP",
  jurisdiction: "UK",
  pageSize: "A4",
  freelancer: {
    name: "Jane Doe",
    businessName: "Jane Doe Writing Ltd",
    address: "1 High Street\nLondon\nE1 6AN",
    email: "jane@janedoe.example.com",
    phone: "+44 20 7946 0958",
    website: "https://janedoe.example.com",
    timeZone: "Europe/London",
    publicHolidays: { country: "GB", region: "ENG" },
    officeHours: [{ days: [...weekdays], from: "09:00", to: "17:00" }],
    responseTime: { within: 1, unit: "business-days" },
    channels: [
      { kind: "email", note: "For anything that needs a record" },
      { kind: "phone", limit: { count: 2, per: "month" }, note: "Booked a day ahead" },
    ],
    daysOff: {
      weekdays: ["sat", "sun"],
      dates: [{ date: "2027-03-12", label: "Family wedding" }],
      note: "Evenings are not worked.",
    },
  },
  client: {
    name: "Acme & Sons",
    contact: {
      name: "Sam Smith",
      role: "Head of Marketing",
      email: "sam@acme.example.org",
      phone: "+1 212 555 0100",
    },
    address: "500 Fifth Avenue\nNew York, NY 10110",
    email: "hello@acme.example.org",
    website: "https://acme.example.org",
    timeZone: "America/New_York",
    officeHours: [{ days: [...weekdays], from: "08:00", to: "16:00" }],
    responseTime: { within: 4, unit: "hours" },
    channels: [{ kind: "email" }, { kind: "video", limit: { count: 1, per: "week" } }],
  },
  project: {
    title: "Weekly blog posts",
    summary: "Twelve posts for Acme's new blog, to bring in readers before the spring launch.",
  },
  scope: {
    summary: "Research, writing and revisions for each post.",
    outOfScope: ["Uploading, formatting and metadata", "Image sourcing"],
    retainer: { hoursPerPeriod: 10, kindsOfWork: ["Editing guest posts", "Newsletter drafts"] },
  },
  deliverables: [
    {
      id: "posts",
      title: "Blog post",
      quantity: 1,
      unit: "post",
      specification: "500 to 750 words",
      frequency: "weekly",
      description: "On topics we agree a month ahead.",
    },
    { id: "calendar", title: "Editorial calendar", quantity: 1, frequency: "once" },
  ],
  schedule: {
    startDate: "2027-02-01",
    termMonths: 3,
    reviewAfterMonths: 2,
    milestones: [
      {
        id: "interview",
        title: "Interview with the founder",
        owner: "client",
        dueOn: "2027-02-03",
        description: "One hour on video.",
      },
      {
        id: "calendar",
        title: "Editorial calendar",
        owner: "freelancer",
        after: "interview",
        businessDays: 5,
      },
      {
        id: "calendar-feedback",
        title: "Feedback on the calendar",
        owner: "client",
        after: "calendar",
        businessDays: 3,
      },
      {
        id: "post",
        title: "Blog post",
        owner: "freelancer",
        dueOn: "2027-02-19",
        repeat: { every: "week", times: 3 },
      },
    ],
  },
  method: {
    images: "You supply the images; I suggest where each one goes.",
    revisionRounds: 2,
    fileFormats: ["Google Docs", "DOCX"],
    research: "Up to three sources per post.",
    tools: ["Google Docs", "Grammarly"],
    subcontractors: [{ task: "Proofreading", who: "Pat Lee, proofreader", leadTimeDays: 2 }],
  },
  fees: {
    model: "fixed-fee",
    amount: "4800.00",
    deposit: { percent: 50, refundable: false },
    instalments: [
      { label: "Deposit", percent: 50, due: "signing" },
      { label: "Balance", percent: 50, due: "completion" },
    ],
    netDays: 14,
    lateFee: { percent: 1.5, per: "month", graceDays: 14 },
    rushFee: { percent: 25, noticeUnderDays: 3 },
    extraRevision: "150",
    extraWork: { amount: 60, per: "hour" },
    expenses: { paidBy: "client", preApprovalAbove: 100, note: "Travel to events in London only." },
    stepUp: {
      afterDays: 90,
      amount: 5000,
      condition: "Page views grow by a fifth in the first 90 days.",
    },
    termination: {
      noticeDays: 14,
      killFee: { percent: 25 },
      owed: ["Work done since the last instalment, at the hourly rate"],
    },
  },
  rights: {
    ownershipTransfer: "on-final-payment",
    attribution: "byline",
    allowedUses: ["On your blog and in your newsletter"],
    forbiddenUses: ["In a book or another paid product"],
    portfolio: "after-date",
    portfolioAfter: "2027-06-01",
    confidentialityYears: 3,
  },
  signatures: {
    freelancer: [{ name: "Jane Doe", title: "Director" }],
    client: [{ name: "Sam Smith", title: "Head of Marketing" }],
  },
  handover: {
    transitionDate: "2027-04-30",
    contacts: [
      { name: "Jane Doe", role: "Outgoing writer", email: "jane@janedoe.example.com" },
      { name: "Lee Park", role: "Incoming editor", phone: "+1 212 555 0111" },
    ],
    projects: [
      {
        title: "Spring series",
        state: "in-progress",
        done: ["Posts 1 to 10 published"],
        remaining: ["Posts 11 and 12"],
        nextStep: "Confirm the topic of post 11 with Sam",
        location: "Shared drive › Blog › Spring",
      },
    ],
    procedures: [
      {
        title: "Publish a post",
        frequency: "Every Friday",
        steps: [
          { text: "Open the approved draft in Google Docs.", image: "screenshots/publish-1.png" },
          { text: "Paste it into the blog editor and schedule it for 09:00." },
        ],
      },
    ],
    accounts: [
      {
        system: "WordPress",
        access: "Editor",
        handover: "remove-freelancer",
        note: "By 30 April.",
      },
    ],
    invoices: [
      { number: "JD-2027-004", amount: "2400.00", dueOn: "2027-05-14", description: "Balance" },
    ],
    afterHandover: {
      email: "jane@janedoe.example.com",
      phone: "+44 20 7946 0958",
      until: "2027-05-31",
      note: "Short questions are free until then.",
    },
  },
};

export const MINIMAL_ENGAGEMENT: Engagement = {
  id: "minimal",
  issuedOn: "2027-01-11",
  locale: "en-GB",
  currency: "EUR",
  freelancer: { name: "Fran Freelancer", timeZone: "Europe/London" },
  client: { name: "Clara Client", timeZone: "Europe/London" },
  project: { title: "Logo design" },
  deliverables: [{ title: "Logo", quantity: 1 }],
  schedule: { startDate: "2027-02-01" },
  fees: { model: "fixed-fee", amount: "1000.00" },
};

export const MINIMAL_FACTS: Facts = {
  issuedOn: "2027-01-11",
  startDate: "2027-02-01",
  milestones: [],
  officeHours: {},
  money: {
    fee: { minor: 100000, currency: "EUR" },
    estimatedTotal: { minor: 100000, currency: "EUR" },
    instalments: [],
    invoices: [],
  },
  pageSize: "A4",
};

export { FULL_FACTS } from "./test-full-facts.js";

export function fullEngagement(): ResolvedEngagement {
  return resolve(FULL_ENGAGEMENT);
}

export function minimalEngagement(): ResolvedEngagement {
  return resolve(MINIMAL_ENGAGEMENT);
}

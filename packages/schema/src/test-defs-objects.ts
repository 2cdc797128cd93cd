// Test helper (excluded from the build): cases for the object $defs.
import type { DefCases } from "./test-defs.js";
import { engagementWith } from "./test-engagement.js";

const at = (pointer: string) => (value: unknown) => engagementWith([pointer, value]);
const inList =
  (pointer: string, ...after: unknown[]) =>
  (value: unknown) =>
    engagementWith([pointer, [value, ...after]]);

const party = { name: "Acme GmbH", timeZone: "America/New_York" };
const kickoff = { id: "kickoff", title: "Kick-off", owner: "client", dueOn: "2027-04-01" };
const milestone = { id: "draft", title: "Draft", owner: "freelancer", after: "kickoff", days: 7 };
const balance = { label: "Balance", percent: 50, due: "completion" };
const instalment = { label: "Deposit", percent: 50, due: "signing" };
const I = "/fees/instalments/0";
const M = "/schedule/milestones/1";

export const OBJECT_DEFS: Record<string, DefCases> = {
  party: {
    pointer: "/client",
    place: at("/client"),
    valid: [
      party,
      {
        ...party,
        businessName: "Acme Holding GmbH",
        contact: { name: "Max Muster", role: "Head of Marketing", email: "max@example.com" },
        address: "Musterstr. 1\n10115 Berlin",
        publicHolidays: { country: "DE", region: "BE" },
        responseTime: { within: 2, unit: "business-days" },
        daysOff: { weekdays: ["sat", "sun"], note: "Sundays are family days." },
      },
    ],
    invalid: [
      [{ timeZone: "UTC" }, "REQUIRED", "/client/name"],
      [{ ...party, fax: "1" }, "UNKNOWN_KEY", "/client/fax"],
      ["Acme", "WRONG_TYPE"],
      [
        { ...party, publicHolidays: { region: "BE" } },
        "REQUIRED",
        "/client/publicHolidays/country",
      ],
      [
        { ...party, responseTime: { within: 0, unit: "hours" } },
        "OUT_OF_RANGE",
        "/client/responseTime/within",
      ],
    ],
  },
  officeHoursWindow: {
    pointer: "/freelancer/officeHours/0",
    place: inList("/freelancer/officeHours"),
    valid: [{ days: ["mon", "tue"], from: "22:00", to: "02:00" }],
    invalid: [
      [{ days: [], from: "09:00", to: "17:00" }, "TOO_FEW", "/freelancer/officeHours/0/days"],
      [
        { days: ["mon", "mon"], from: "09:00", to: "17:00" },
        "DUPLICATE_ITEM",
        "/freelancer/officeHours/0/days/1",
      ],
      [{ days: ["mon"], from: "09:00" }, "REQUIRED", "/freelancer/officeHours/0/to"],
    ],
  },
  channel: {
    pointer: "/client/channels/0",
    place: inList("/client/channels"),
    valid: [{ kind: "phone", limit: { count: 2, per: "month" }, note: "urgent matters only" }],
    invalid: [
      [{ kind: "fax" }, "NOT_ALLOWED", "/client/channels/0/kind"],
      [{ kind: "phone", limit: { count: 2 } }, "REQUIRED", "/client/channels/0/limit/per"],
    ],
  },
  dateOff: {
    pointer: "/freelancer/daysOff/dates/0",
    place: inList("/freelancer/daysOff/dates"),
    valid: [{ date: "2027-05-01", label: "Family wedding" }],
    invalid: [
      [{ label: "x" }, "REQUIRED", "/freelancer/daysOff/dates/0/date"],
      [{ date: "2027-02-30" }, "INVALID_DATE", "/freelancer/daysOff/dates/0/date"],
    ],
  },
  project: {
    pointer: "/project",
    place: at("/project"),
    valid: [{ title: "Weekly blog posts", summary: "Posts that bring readers back." }],
    invalid: [
      [{}, "REQUIRED", "/project/title"],
      [{ title: "x", owner: "y" }, "UNKNOWN_KEY", "/project/owner"],
    ],
  },
  scope: {
    pointer: "/scope",
    place: at("/scope"),
    valid: [{ summary: "Writing.", outOfScope: ["uploading"], retainer: { hoursPerPeriod: 20 } }],
    invalid: [
      [{ retainer: { hoursPerPeriod: 0 } }, "OUT_OF_RANGE", "/scope/retainer/hoursPerPeriod"],
      [{ outOfScope: "uploading" }, "WRONG_TYPE", "/scope/outOfScope"],
    ],
  },
  deliverable: {
    pointer: "/deliverables/0",
    place: inList("/deliverables"),
    valid: [{ id: "posts", title: "Blog post", quantity: 4, unit: "post", frequency: "weekly" }],
    invalid: [
      [{ title: "Post" }, "REQUIRED", "/deliverables/0/quantity"],
      [{ title: "Post", quantity: 1.5 }, "WRONG_TYPE", "/deliverables/0/quantity"],
      [{ title: "Post", quantity: 0 }, "OUT_OF_RANGE", "/deliverables/0/quantity"],
      [[["x"]], "WRONG_TYPE"],
    ],
  },
  schedule: {
    pointer: "/schedule",
    place: at("/schedule"),
    valid: [
      { startDate: "2027-04-01", endDate: "2027-04-01", termMonths: 6, reviewAfterMonths: 6 },
    ],
    invalid: [
      [{}, "REQUIRED", "/schedule/startDate"],
      [{ startDate: "2027-04-01", endDate: "2027-03-31" }, "DATE_ORDER", "/schedule/endDate"],
    ],
  },
  milestone: {
    pointer: M,
    place: (value) => engagementWith(["/schedule/milestones", [kickoff, value]]),
    valid: [
      milestone,
      { ...milestone, days: undefined, businessDays: 5 },
      {
        id: "call",
        title: "Call",
        owner: "client",
        dueOn: "2027-04-08",
        repeat: { every: "week", times: 4 },
      },
    ],
    invalid: [
      [{ id: "d", title: "D", owner: "client" }, "MILESTONE_DUE"],
      [{ ...milestone, businessDays: 3 }, "MILESTONE_DUE"],
      [{ ...milestone, dueOn: "2027-04-09" }, "MILESTONE_DUE"],
      [{ ...milestone, after: "kickof" }, "UNKNOWN_REFERENCE", `${M}/after`],
      [{ ...milestone, owner: "agency" }, "NOT_ALLOWED", `${M}/owner`],
      [{ ...milestone, id: "kickoff" }, "DUPLICATE_ID", `${M}/id`],
      [{ ...milestone, after: "draft" }, "DEPENDENCY_CYCLE", `${M}/after`],
      [{ ...milestone, repeat: { every: "week", times: 1 } }, "OUT_OF_RANGE", `${M}/repeat/times`],
    ],
  },
  method: {
    pointer: "/method",
    place: at("/method"),
    valid: [
      { revisionRounds: 2, fileFormats: ["DOCX"], tools: ["Google Docs"], research: "3 sources" },
    ],
    invalid: [
      [{ revisionRounds: 21 }, "OUT_OF_RANGE", "/method/revisionRounds"],
      [{ tools: "Docs" }, "WRONG_TYPE", "/method/tools"],
    ],
  },
  subcontractor: {
    pointer: "/method/subcontractors/0",
    place: inList("/method/subcontractors"),
    valid: [{ task: "Illustrations", who: "Sam Lee", leadTimeDays: 10 }],
    invalid: [[{ task: "Illustrations" }, "REQUIRED", "/method/subcontractors/0/who"]],
  },
  fees: {
    pointer: "/fees",
    place: at("/fees"),
    valid: [
      {
        model: "retainer",
        amount: 3000,
        deposit: { amount: "1000" },
        netDays: 14,
        lateFee: { percent: 2, per: "month", graceDays: 7 },
        rushFee: { percent: 150, noticeUnderDays: 3 },
        extraRevision: "250",
        extraWork: { amount: 80, per: "hour" },
        expenses: { paidBy: "client", preApprovalAbove: "100" },
        stepUp: { afterDays: 90, amount: 4000 },
        termination: { noticeDays: 14, killFee: { percent: 25 }, owed: ["all work done to date"] },
      },
    ],
    invalid: [
      [{ model: "fixed-fee" }, "REQUIRED", "/fees/amount"],
      [{ model: "fixed", amount: 1 }, "NOT_ALLOWED", "/fees/model"],
      [
        { model: "fixed-fee", amount: 100, deposit: { amount: 200 } },
        "DEPOSIT_TOO_LARGE",
        "/fees/deposit/amount",
      ],
      [{ model: "fixed-fee", amount: 100, deposit: {} }, "EXACTLY_ONE", "/fees/deposit"],
      [
        { model: "hourly", amount: 90, lateFee: { percent: 2, amount: 5 } },
        "EXACTLY_ONE",
        "/fees/lateFee",
      ],
      [
        { model: "hourly", amount: 90, termination: { killFee: {} } },
        "EXACTLY_ONE",
        "/fees/termination/killFee",
      ],
      [
        { model: "hourly", amount: 90, rushFee: { percent: 501, noticeUnderDays: 2 } },
        "OUT_OF_RANGE",
        "/fees/rushFee/percent",
      ],
    ],
  },
  instalment: {
    pointer: I,
    place: inList("/fees/instalments", balance),
    valid: [instalment, { ...instalment, due: "date", dueOn: "2027-04-01" }],
    invalid: [
      [{ ...instalment, amount: 10 }, "EXACTLY_ONE"],
      [{ ...instalment, percent: 40 }, "SUM_NOT_100", "/fees/instalments"],
      [{ ...instalment, due: "milestone" }, "REQUIRED", `${I}/milestone`],
      [{ ...instalment, due: "date" }, "REQUIRED", `${I}/dueOn`],
      [
        { ...instalment, due: "milestone", milestone: "nope" },
        "UNKNOWN_REFERENCE",
        `${I}/milestone`,
      ],
      [{ ...instalment, due: "someday" }, "NOT_ALLOWED", `${I}/due`],
    ],
  },
  rights: {
    pointer: "/rights",
    place: at("/rights"),
    valid: [
      {
        attribution: "ghost-written",
        portfolio: "after-date",
        portfolioAfter: "2028-01-01",
        confidentialityYears: 3,
      },
    ],
    invalid: [
      [{ portfolio: "after-date" }, "REQUIRED", "/rights/portfolioAfter"],
      [{ attribution: "anonymous" }, "NOT_ALLOWED", "/rights/attribution"],
    ],
  },
};

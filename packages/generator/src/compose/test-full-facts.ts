// Test support: the facts of FULL_ENGAGEMENT (test-fixtures.ts), worked out by hand
// so compose is tested without derive. London and New York: 5 hours apart in winter,
// 4 in the weeks between the US and European clock changes.
import type { Facts } from "../facts.js";

const weekdays = ["mon", "tue", "wed", "thu", "fri"] as const;
const gbp = (minor: number) => ({ minor, currency: "GBP" });

export const FULL_FACTS: Facts = {
  issuedOn: "2027-01-15",
  offerExpiresOn: "2027-01-29",
  startDate: "2027-02-01",
  endDate: "2027-04-30",
  reviewOn: "2027-04-01",
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
      dueOn: "2027-02-10",
      basis: { after: "interview", afterTitle: "Interview with the founder", businessDays: 5 },
    },
    {
      id: "calendar-feedback",
      title: "Feedback on the calendar",
      owner: "client",
      dueOn: "2027-02-15",
      basis: { after: "calendar", afterTitle: "Editorial calendar", businessDays: 3 },
    },
    {
      id: "post",
      title: "Blog post",
      owner: "freelancer",
      dueOn: "2027-02-19",
      occurrence: { index: 1, of: 3 },
    },
    {
      id: "post",
      title: "Blog post",
      owner: "freelancer",
      dueOn: "2027-02-26",
      occurrence: { index: 2, of: 3 },
    },
    {
      id: "post",
      title: "Blog post",
      owner: "freelancer",
      dueOn: "2027-03-05",
      occurrence: { index: 3, of: 3 },
    },
  ],
  officeHours: {
    freelancer: {
      owner: "freelancer",
      timeZone: "Europe/London",
      otherTimeZone: "America/New_York",
      windows: [{ days: [...weekdays], from: "09:00", to: "17:00", crossesMidnight: false }],
      windowsInOtherZone: [
        { days: [...weekdays], from: "04:00", to: "12:00", crossesMidnight: false },
      ],
      offsetChanges: [{ from: "2027-03-14", until: "2027-03-27", differenceHours: -4 }],
      differenceHours: -5,
    },
    client: {
      owner: "client",
      timeZone: "America/New_York",
      otherTimeZone: "Europe/London",
      windows: [{ days: [...weekdays], from: "08:00", to: "16:00", crossesMidnight: false }],
      windowsInOtherZone: [
        { days: [...weekdays], from: "13:00", to: "21:00", crossesMidnight: false },
      ],
      offsetChanges: [{ from: "2027-03-14", until: "2027-03-27", differenceHours: 4 }],
      differenceHours: 5,
    },
  },
  money: {
    fee: gbp(480000),
    estimatedTotal: gbp(480000),
    deposit: { ...gbp(240000), percent: 50, refundable: false },
    balance: gbp(240000),
    instalments: [
      { label: "Deposit", amount: gbp(240000), due: "signing" },
      { label: "Balance", amount: gbp(240000), due: "completion", dueOn: "2027-04-30" },
    ],
    lateFee: {
      percent: 1.5,
      per: "month",
      graceDays: 14,
      example: { overdue: gbp(240000), fee: gbp(3600) },
    },
    rushFee: { percent: 25, noticeUnderDays: 3, example: gbp(600000) },
    extraRevision: gbp(15000),
    extraWork: { amount: gbp(6000), per: "hour" },
    expensesPreApprovalAbove: gbp(10000),
    stepUp: { on: "2027-05-02", amount: gbp(500000), increase: gbp(20000) },
    killFee: { ...gbp(60000), percent: 25 },
    invoices: [{ number: "JD-2027-004", amount: gbp(240000), dueOn: "2027-05-14" }],
    invoicesTotal: gbp(240000),
  },
  pageSize: "A4",
};

// What `derive` computes from a resolved engagement: the facts every document
// states. Plain JSON (no class instances), so `--stage resolved` can dump it and
// tests can golden it. Dates are ISO plain dates (YYYY-MM-DD), times "HH:MM",
// money integer minor units. Formatting for the reader happens later, in the
// clause helpers, from the engagement's locale.
import type { Weekday } from "@clausework/schema";

export type PartyRole = "client" | "freelancer";

/** An amount in minor units (cents) of the engagement currency. Never a float. */
export type MoneyAmount = { readonly minor: number; readonly currency: string };

export type MilestoneBasis = {
  /** The milestone this one counts from: its first occurrence, or occurrence by occurrence when both repeat with the same `every`. */
  readonly after: string;
  readonly afterTitle: string;
  readonly days?: number;
  readonly businessDays?: number;
};

export type DatedMilestone = {
  readonly id: string;
  readonly title: string;
  readonly owner: PartyRole;
  readonly dueOn: string;
  /** 1-based occurrence for repeating milestones, with the total count. */
  readonly occurrence?: { readonly index: number; readonly of: number };
  readonly basis?: MilestoneBasis;
  readonly description?: string;
};

export type TimeWindow = {
  readonly days: readonly Weekday[];
  readonly from: string;
  readonly to: string;
  /** True when `to` is earlier than `from`: the window ends the next day. */
  readonly crossesMidnight: boolean;
};

export type OfficeHoursFacts = {
  readonly owner: PartyRole;
  readonly timeZone: string;
  /** The other party's zone; absent when both share one zone. */
  readonly otherTimeZone?: string;
  /** As written, in the owner's zone. */
  readonly windows: readonly TimeWindow[];
  /** The same windows in the other party's zone, every one moved by the zones' difference at noon on the issue date (never split by a DST switch); days shift when a window moves across midnight. offsetChanges says when the difference differs. */
  readonly windowsInOtherZone?: readonly TimeWindow[];
  /** Periods of the term in which the offset between the two zones differs from the one on the issue date (the weeks Europe and the US switch on different dates). Open-ended terms: the 12 months from the start. */
  readonly offsetChanges: readonly {
    /** Owner's calendar date, inclusive: the first day whose noon has this difference. */
    readonly from: string;
    /** Owner's calendar date, inclusive: the last day with this difference. */
    readonly until: string;
    /** Hours the other zone is ahead of the owner's zone during this period (negative: behind). */
    readonly differenceHours: number;
  }[];
  /** Hours the other zone is ahead on the issue date, at noon in the owner's zone (may be fractional: 5.5, 5.75). */
  readonly differenceHours?: number;
};

export type Instalment = {
  readonly label: string;
  readonly amount: MoneyAmount;
  readonly due: "signing" | "start" | "completion" | "milestone" | "date";
  /** Known date: the start, the completion (end date, else the last freelancer milestone), a milestone's first occurrence, or the date given. Absent for signing. */
  readonly dueOn?: string;
  readonly milestoneTitle?: string;
};

export type LateFeeFacts = {
  readonly percent?: number;
  readonly amount?: MoneyAmount;
  readonly per?: "day" | "week" | "month" | "year" | "invoice";
  readonly graceDays: number;
  /** A worked example on the balance (or the fee): what one period's late fee comes to. */
  readonly example?: { readonly overdue: MoneyAmount; readonly fee: MoneyAmount };
};

export type MoneyFacts = {
  /** The fee: project total for fixed fees; the rate for rates and retainers. */
  readonly fee: MoneyAmount;
  /** Rate times estimated units, when the model is a rate and an estimate is given; the fee for fixed fees. */
  readonly estimatedTotal?: MoneyAmount;
  readonly deposit?: MoneyAmount & { readonly percent?: number; readonly refundable: boolean };
  /** Total less deposit. */
  readonly balance?: MoneyAmount;
  /** Always add up to the total to the cent (odd cents go to the last instalment). */
  readonly instalments: readonly Instalment[];
  readonly lateFee?: LateFeeFacts;
  readonly rushFee?: {
    readonly percent: number;
    readonly noticeUnderDays: number;
    /** The fee plus the rush percentage of it (the surcharge rounded half up), for illustration. */
    readonly example?: MoneyAmount;
  };
  readonly extraRevision?: MoneyAmount;
  readonly extraWork?: { readonly amount: MoneyAmount; readonly per: "hour" | "day" | "item" };
  readonly expensesPreApprovalAbove?: MoneyAmount;
  readonly stepUp?: {
    readonly on: string;
    readonly amount: MoneyAmount;
    readonly increase: MoneyAmount;
  };
  /** A percentage applies to the balance after the deposit (the total when there is no deposit). */
  readonly killFee?: MoneyAmount & { readonly percent?: number };
  readonly invoices: readonly {
    readonly number: string;
    readonly amount: MoneyAmount;
    readonly dueOn: string;
  }[];
  readonly invoicesTotal?: MoneyAmount;
};

export type Facts = {
  readonly issuedOn: string;
  /** Last day the offer can be accepted. */
  readonly offerExpiresOn?: string;
  readonly startDate: string;
  /** Fixed end date, or the last day of `termMonths` from the start: the day before the same date that many months later (the month's last day when that date does not exist). */
  readonly endDate?: string;
  readonly reviewOn?: string;
  /** Both parties' deadlines, sorted by date, then client before freelancer, then title. */
  readonly milestones: readonly DatedMilestone[];
  readonly officeHours: {
    readonly freelancer?: OfficeHoursFacts;
    readonly client?: OfficeHoursFacts;
  };
  readonly money: MoneyFacts;
  readonly pageSize: "A4" | "LETTER";
};

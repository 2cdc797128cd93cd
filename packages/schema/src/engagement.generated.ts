/* Generated from schemas/engagement.schema.json by scripts/generate-types.mjs. Do not edit. */

/**
 * Lower-case letters, digits and single hyphens, e.g. "first-draft".
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "slug".
 */
export type Slug = string;
/**
 * A calendar date as YYYY-MM-DD.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "calendarDate".
 */
export type CalendarDate = string;
/**
 * A BCP 47 language tag such as "en-GB".
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "locale".
 */
export type Locale = string;
/**
 * An ISO 4217 currency code such as "EUR".
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "currency".
 */
export type Currency = string;
/**
 * A name as it should be printed.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "name".
 */
export type Name = string;
/**
 * A short line of text.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "line".
 */
export type Line = string;
/**
 * An email address.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "email".
 */
export type Email = string;
/**
 * A phone number as dialled internationally, e.g. "+44 20 7946 0958".
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "phone".
 */
export type Phone = string;
/**
 * Free text; line breaks are kept.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "text".
 */
export type Text = string;
/**
 * A web address starting with https://.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "url".
 */
export type Url = string;
/**
 * An IANA time zone name such as "Europe/Berlin" or "America/New_York" (not an offset like +01:00).
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "timeZone".
 */
export type TimeZone = string;
/**
 * A day of the week: mon, tue, wed, thu, fri, sat or sun.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "weekday".
 */
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
/**
 * A time of day as HH:MM on the 24-hour clock.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "time".
 */
export type Time = string;
/**
 * An amount in the engagement's currency: a JSON number (1500 or 1500.5) or a decimal string ("1500.50"). No thousands separators.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "money".
 */
export type Money = number | string;
/**
 * A percentage from 0 to 100.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "percent".
 */
export type Percent = number;

/**
 * One client engagement: the parties, scope, schedule, method, fees, rights and handover. Clausework builds the proposal, contract and handover from it.
 */
export interface Engagement {
  /**
   * Path or URL of this schema, so editors complete and check the file.
   */
  $schema?: string;
  id: Slug;
  issuedOn: CalendarDate;
  validUntil?: CalendarDate;
  /**
   * How many days after the issue date the offer stays open. Give this or validUntil.
   */
  validForDays?: number;
  locale: Locale;
  currency: Currency;
  /**
   * Where the contract is made, for statutory checks: "US-NY", "EU", "UK", "DE", or another ISO 3166 code.
   */
  jurisdiction?: string;
  /**
   * Paper size of PDF and DOCX output. Defaults to LETTER for US and Canadian locales and A4 elsewhere.
   */
  pageSize?: "A4" | "LETTER";
  /**
   * The central bank reference rate that statutory late-payment interest is added to (ECB main refinancing rate in the EU, Bank of England base rate in the UK, Basiszinssatz in Germany), with the date it was published. With it, the contract prints the resulting statutory rate and the advisor checks your late fee against it.
   */
  statutory?: {
    /**
     * The reference rate in percent, e.g. 2.15; may be negative.
     */
    referenceRatePercent: number;
    referenceRateAsOf: CalendarDate;
  };
  freelancer: Party;
  client: Party;
  project: Project;
  scope?: Scope;
  /**
   * What you will deliver: concrete, countable items ("one blog post per week, 500 to 750 words").
   *
   * @minItems 1
   * @maxItems 200
   */
  deliverables: [Deliverable, ...Deliverable[]];
  schedule: Schedule;
  method?: Method;
  fees: Fees;
  rights?: Rights;
  signatures?: Signatures;
  handover?: Handover;
  /**
   * Your own clauses, written in the clause template language; each is printed in the documents it lists.
   *
   * @maxItems 20
   */
  customClauses?: CustomClause[];
  /**
   * Your own labels (e.g. a CRM id). Keys and values are short strings; they are not printed.
   */
  metadata?: {
    [k: string]: Line;
  };
}
/**
 * A party to the engagement.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "party".
 */
export interface Party {
  name: Name;
  businessName?: Name;
  /**
   * Who speaks for this party day to day.
   */
  contact?: {
    name: Name;
    role?: Line;
    email?: Email;
    phone?: Phone;
  };
  address?: Text;
  email?: Email;
  phone?: Phone;
  website?: Url;
  timeZone: TimeZone;
  /**
   * Whose public holidays count as non-working days for business-day deadlines.
   */
  publicHolidays?: {
    /**
     * ISO 3166 country code, e.g. "DE" or "US".
     */
    country: string;
    /**
     * State or region code, e.g. "BE" for Berlin or "NY".
     */
    region?: string;
  };
  /**
   * When this party is available; each window has days and a time range in this party's time zone. A window may cross midnight (22:00 to 02:00).
   *
   * @maxItems 14
   */
  officeHours?: OfficeHoursWindow[];
  /**
   * How quickly this party answers messages.
   */
  responseTime?: {
    /**
     * The number of hours or business days.
     */
    within: number;
    /**
     * hours or business-days.
     */
    unit: "hours" | "business-days";
  };
  /**
   * Preferred ways to reach this party, each with an optional limit.
   *
   * @maxItems 10
   */
  channels?: Channel[];
  /**
   * Days this party never works.
   */
  daysOff?: {
    /**
     * Weekdays never worked, e.g. ["sat", "sun"].
     *
     * @maxItems 7
     */
    weekdays?: Weekday[];
    /**
     * Single dates never worked (family events, holidays).
     *
     * @maxItems 100
     */
    dates?: DateOff[];
    note?: Text;
  };
}
/**
 * Days and a time range.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "officeHoursWindow".
 */
export interface OfficeHoursWindow {
  /**
   * The weekdays this window applies to.
   *
   * @minItems 1
   * @maxItems 7
   */
  days: [Weekday, ...Weekday[]];
  from: Time;
  to: Time;
}
/**
 * A way to reach a party.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "channel".
 */
export interface Channel {
  /**
   * email, phone, video, chat, sms or in-person.
   */
  kind: "email" | "phone" | "video" | "chat" | "sms" | "in-person";
  /**
   * At most this many per period, e.g. 2 calls a month.
   */
  limit?: {
    /**
     * How many.
     */
    count: number;
    /**
     * day, week or month.
     */
    per: "day" | "week" | "month";
  };
  note?: Line;
}
/**
 * A single date never worked.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "dateOff".
 */
export interface DateOff {
  date: CalendarDate;
  label?: Line;
}
/**
 * The engagement as a whole.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "project".
 */
export interface Project {
  title: Line;
  summary?: Text;
}
/**
 * What the work covers and what it does not.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "scope".
 */
export interface Scope {
  summary?: Text;
  /**
   * Work that is not part of this agreement, e.g. "uploading and formatting". Extra work means a change order with extra pay.
   *
   * @maxItems 200
   */
  outOfScope?: Line[];
  /**
   * For retainers: what one period buys.
   */
  retainer?: {
    /**
     * Hours of work included in each period.
     */
    hoursPerPeriod?: number;
    /**
     * The kinds of work the retainer covers.
     *
     * @maxItems 200
     */
    kindsOfWork?: Line[];
  };
}
/**
 * One concrete, countable thing you deliver.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "deliverable".
 */
export interface Deliverable {
  id?: Slug;
  title: Line;
  /**
   * How many.
   */
  quantity: number;
  unit?: Line;
  specification?: Line;
  /**
   * How often: once, weekly, fortnightly, monthly or quarterly.
   */
  frequency?: "once" | "weekly" | "fortnightly" | "monthly" | "quarterly";
  description?: Text;
}
/**
 * Dates and deadlines of both parties.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "schedule".
 */
export interface Schedule {
  startDate: CalendarDate;
  endDate?: CalendarDate;
  /**
   * For ongoing work: the length of the term in months.
   */
  termMonths?: number;
  /**
   * Rates and terms are reviewed this many months after the start (6 to 12 is usual).
   */
  reviewAfterMonths?: number;
  /**
   * Deadlines of the client (inputs, feedback) and of the freelancer (deliveries); each due on a date or a number of days after another milestone.
   *
   * @maxItems 500
   */
  milestones?: Milestone[];
}
/**
 * A deadline owned by one party.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "milestone".
 */
export interface Milestone {
  id: Slug;
  title: Line;
  /**
   * Who owes it: client or freelancer.
   */
  owner: "client" | "freelancer";
  dueOn?: CalendarDate;
  after?: Slug;
  /**
   * Calendar days after the milestone named in after.
   */
  days?: number;
  /**
   * Business days (no weekends, days off or public holidays of the owner) after the milestone named in after.
   */
  businessDays?: number;
  /**
   * Makes the milestone recur.
   */
  repeat?: {
    /**
     * week, fortnight, month or quarter.
     */
    every: "week" | "fortnight" | "month" | "quarter";
    /**
     * How many occurrences in total, including the first.
     */
    times: number;
  };
  description?: Text;
}
/**
 * How the work is done.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "method".
 */
export interface Method {
  images?: Text;
  /**
   * Rounds of revisions included in the fee.
   */
  revisionRounds?: number;
  /**
   * The formats files are delivered in, e.g. "DOCX", "MP3 (192 kbps)".
   *
   * @maxItems 30
   */
  fileFormats?: Line[];
  research?: Text;
  /**
   * Tools used, e.g. "Google Docs".
   *
   * @maxItems 30
   */
  tools?: Line[];
  /**
   * Tasks done by others, and on whose timeline.
   *
   * @maxItems 20
   */
  subcontractors?: Subcontractor[];
}
/**
 * A task someone else does.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "subcontractor".
 */
export interface Subcontractor {
  task: Line;
  who: Name;
  /**
   * Days they need.
   */
  leadTimeDays?: number;
}
/**
 * What the work costs and how it is paid.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "fees".
 */
export interface Fees {
  /**
   * fixed-fee, retainer, day-rate, week-rate, month-rate or hourly (hourly is allowed but a project or period rate usually serves both sides better).
   */
  model: "fixed-fee" | "retainer" | "day-rate" | "week-rate" | "month-rate" | "hourly";
  amount: Money;
  /**
   * For day, week and hourly rates: the estimated number of days, weeks or hours.
   */
  estimatedUnits?: number;
  /**
   * What is paid before work starts. Give percent or amount.
   */
  deposit?: {
    percent?: Percent;
    amount?: Money;
    /**
     * Whether the deposit is refunded if the client ends the engagement. Defaults to false.
     */
    refundable?: boolean;
  };
  /**
   * How the fee is split. Percentages must add up to 100; the deposit, when given, is the first instalment.
   *
   * @maxItems 60
   */
  instalments?: Instalment[];
  /**
   * Days after the invoice date that payment is due (net days).
   */
  netDays?: number;
  /**
   * Charged on overdue amounts. Give percent or amount, and the period.
   */
  lateFee?: {
    percent?: Percent;
    amount?: Money;
    /**
     * Per day, week, month, year, or once per invoice.
     */
    per?: "day" | "week" | "month" | "year" | "invoice";
    /**
     * Days after the due date before the fee applies.
     */
    graceDays?: number;
  };
  /**
   * Extra charge for rushed work.
   */
  rushFee?: {
    /**
     * Extra charge as a percentage of the normal price, from 0 to 500.
     */
    percent: number;
    /**
     * Work requested with less notice than this many days counts as rushed.
     */
    noticeUnderDays: number;
  };
  extraRevision?: Money;
  /**
   * Rate for work beyond the scope.
   */
  extraWork?: {
    amount: Money;
    /**
     * hour, day or item.
     */
    per: "hour" | "day" | "item";
  };
  /**
   * Who pays for travel and other expenses.
   */
  expenses?: {
    /**
     * client or freelancer.
     */
    paidBy: "client" | "freelancer";
    preApprovalAbove?: Money;
    note?: Text;
  };
  /**
   * A rate that rises after a trial period.
   */
  stepUp?: {
    /**
     * Days after the start date.
     */
    afterDays: number;
    amount: Money;
    condition?: Text;
  };
  /**
   * Ending the engagement before completion.
   */
  termination?: {
    /**
     * Days of written notice either party gives.
     */
    noticeDays?: number;
    /**
     * Paid when the client ends the project early. Give percent (of the remaining fee) or amount.
     */
    killFee?: {
      percent?: Percent;
      amount?: Money;
    };
    /**
     * What the client owes on termination, e.g. "all work done to date".
     *
     * @maxItems 20
     */
    owed?: Line[];
  };
}
/**
 * One payment. Give percent or amount, and when it is due.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "instalment".
 */
export interface Instalment {
  label: Line;
  percent?: Percent;
  amount?: Money;
  /**
   * signing, start, completion, or milestone (then name it in milestone), or date (then give dueOn).
   */
  due: "signing" | "start" | "completion" | "milestone" | "date";
  milestone?: Slug;
  dueOn?: CalendarDate;
}
/**
 * Ownership, attribution, uses and confidentiality.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "rights".
 */
export interface Rights {
  /**
   * When the client becomes owner: on-final-payment (the default, and the safe choice), on-delivery, or never (the client gets a licence).
   */
  ownershipTransfer?: "on-final-payment" | "on-delivery" | "never";
  /**
   * byline (the freelancer is named), ghost-written (the client's name only) or credit-line.
   */
  attribution?: "byline" | "ghost-written" | "credit-line";
  creditLine?: Line;
  /**
   * Where the client may use the work, e.g. "on the client's blog".
   *
   * @maxItems 30
   */
  allowedUses?: Line[];
  /**
   * Uses that need written permission and further pay, e.g. "in a book".
   *
   * @maxItems 30
   */
  forbiddenUses?: Line[];
  /**
   * Whether the freelancer may show the work: yes, with-permission, after-date (give portfolioAfter) or no.
   */
  portfolio?: "yes" | "with-permission" | "after-date" | "no";
  portfolioAfter?: CalendarDate;
  /**
   * Years that confidential information stays confidential after the end.
   */
  confidentialityYears?: number;
}
/**
 * Who signs for each party.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "signatures".
 */
export interface Signatures {
  /**
   * Who signs for the freelancer.
   *
   * @minItems 1
   * @maxItems 5
   */
  freelancer?: [Signatory, ...Signatory[]];
  /**
   * Who signs for the client.
   *
   * @minItems 1
   * @maxItems 5
   */
  client?: [Signatory, ...Signatory[]];
}
/**
 * A person who signs.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "signatory".
 */
export interface Signatory {
  name: Name;
  title?: Line;
}
/**
 * The offboarding handover at the end of the engagement.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "handover".
 */
export interface Handover {
  transitionDate: CalendarDate;
  /**
   * Who to talk to during the transition.
   *
   * @maxItems 20
   */
  contacts?: HandoverContact[];
  /**
   * Each open project: its state, what is done, what remains, the next step.
   *
   * @maxItems 100
   */
  projects?: HandoverProject[];
  /**
   * Recurring tasks written as numbered steps anyone can follow.
   *
   * @maxItems 100
   */
  procedures?: Procedure[];
  /**
   * Systems and access to hand over. Never put a password here.
   *
   * @maxItems 100
   */
  accounts?: Account[];
  /**
   * Final invoices still open.
   *
   * @maxItems 100
   */
  invoices?: Invoice[];
  /**
   * How to reach the freelancer afterwards.
   */
  afterHandover?: {
    email?: Email;
    phone?: Phone;
    until?: CalendarDate;
    note?: Text;
  };
}
/**
 * A person involved in the transition.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "handoverContact".
 */
export interface HandoverContact {
  name: Name;
  role: Line;
  email?: Email;
  phone?: Phone;
}
/**
 * A project at handover.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "handoverProject".
 */
export interface HandoverProject {
  title: Line;
  /**
   * not-started, in-progress, blocked, paused or done.
   */
  state: "not-started" | "in-progress" | "blocked" | "paused" | "done";
  /**
   * What is finished.
   *
   * @maxItems 100
   */
  done?: Line[];
  /**
   * What is left to do.
   *
   * @maxItems 100
   */
  remaining?: Line[];
  nextStep?: Line;
  location?: Line;
}
/**
 * A task written as numbered steps.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "procedure".
 */
export interface Procedure {
  title: Line;
  frequency?: Line;
  /**
   * The steps in order.
   *
   * @minItems 1
   * @maxItems 100
   */
  steps: [ProcedureStep, ...ProcedureStep[]];
}
/**
 * One step.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "procedureStep".
 */
export interface ProcedureStep {
  text: Text;
  /**
   * A file name or caption of a screenshot that shows the step, e.g. "screenshots/newsletter-1.png". Printed as a reference; not embedded.
   */
  image?: string;
}
/**
 * Access to hand over. Never a password.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "account".
 */
export interface Account {
  system: Line;
  access: Line;
  /**
   * transfer-ownership, client-removes-access, client-resets-credentials or remove-freelancer.
   */
  handover:
    | "transfer-ownership"
    | "client-removes-access"
    | "client-resets-credentials"
    | "remove-freelancer";
  note?: Line;
}
/**
 * An outstanding invoice.
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "invoice".
 */
export interface Invoice {
  number: Line;
  amount: Money;
  dueOn: CalendarDate;
  description?: Line;
}
/**
 * A clause you write yourself: a section titled `title`, placed after the built-in clause or group `after` (or at the end of the body).
 *
 * This interface was referenced by `Engagement`'s JSON-Schema
 * via the `definition` "customClause".
 */
export interface CustomClause {
  id: Slug;
  title: Line;
  /**
   * The documents the clause appears in.
   *
   * @minItems 1
   * @maxItems 3
   */
  documents: ["proposal" | "contract" | "handover", ...("proposal" | "contract" | "handover")[]];
  after?: Slug;
  /**
   * The clause text: Markdown with {{placeholders}} for engagement fields (at most 20,000 characters and 500 placeholders).
   */
  template: string;
}

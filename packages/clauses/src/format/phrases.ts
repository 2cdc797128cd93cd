// Enum values of the engagement as English phrases, for {{phrase "table" value}}
// in clauses and for the typed blocks compose builds. One table per enum.
import { ClauseError } from "../errors.js";

const PHRASES = {
  frequency: {
    once: "once",
    weekly: "every week",
    fortnightly: "every two weeks",
    monthly: "every month",
    quarterly: "every quarter",
  },
  repeat: {
    week: "every week",
    fortnight: "every two weeks",
    month: "every month",
    quarter: "every quarter",
  },
  channel: {
    email: "Email",
    phone: "Phone",
    video: "Video call",
    chat: "Chat",
    sms: "Text message",
    "in-person": "In person",
  },
  "channel-one": {
    email: "email",
    phone: "call",
    video: "call",
    chat: "message",
    sms: "message",
    "in-person": "meeting",
  },
  "channel-many": {
    email: "emails",
    phone: "calls",
    video: "calls",
    chat: "messages",
    sms: "messages",
    "in-person": "meetings",
  },
  "limit-period": { day: "a day", week: "a week", month: "a month" },
  "late-fee-period": {
    day: "per day",
    week: "per week",
    month: "per month",
    year: "per year",
    invoice: "once per invoice",
  },
  "late-fee-example": {
    day: "for one day",
    week: "for one week",
    month: "for one month",
    year: "for one year",
    invoice: "",
  },
  "rate-per": {
    "fixed-fee": "for the project",
    retainer: "a month",
    "day-rate": "a day",
    "week-rate": "a week",
    "month-rate": "a month",
    hourly: "an hour",
  },
  "rate-unit-one": {
    "day-rate": "day",
    "week-rate": "week",
    "month-rate": "month",
    hourly: "hour",
  },
  "rate-unit-many": {
    "day-rate": "days",
    "week-rate": "weeks",
    "month-rate": "months",
    hourly: "hours",
  },
  "work-unit": { hour: "an hour", day: "a day", item: "per item" },
  "project-state": {
    "not-started": "Not started",
    "in-progress": "In progress",
    blocked: "Blocked",
    paused: "Paused",
    done: "Done",
  },
  "account-handover": {
    "transfer-ownership": "I transfer ownership to you",
    "client-removes-access": "You remove my access",
    "client-resets-credentials": "You change the login details",
    "remove-freelancer": "I remove my own access",
  },
  "instalment-due": {
    signing: "On signing",
    start: "At the start",
    completion: "On completion",
    milestone: "On a milestone",
    date: "On a date",
  },
  owner: { client: "You", freelancer: "Me" },
} as const satisfies Record<string, Record<string, string>>;

export type PhraseTable = keyof typeof PHRASES;

export function isPhraseTable(name: string): name is PhraseTable {
  return Object.hasOwn(PHRASES, name);
}

/** The phrase for `value` in `table`; throws for a value the table does not know. */
export function phrase(table: PhraseTable, value: string): string {
  const entries: Readonly<Record<string, string>> = PHRASES[table];
  if (!Object.hasOwn(entries, value))
    throw new ClauseError(`phrase: "${value}" is not in ${table}`);
  return entries[value] as string;
}

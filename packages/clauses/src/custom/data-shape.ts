// The shape of what compose adds to the engagement for templates (template-data.ts
// and facts.ts in @clausework/generator): the derived facts, the first deadline
// of each milestone by owner, and office hours beside the other party's zone.
// The engagement's own fields come from its JSON Schema (@clausework/schema turns
// it into a shape); they are passed in, so this package needs no schema.
import { CUSTOM_CLAUSE_ROOTS } from "./roots.js";
import {
  BOOLEAN,
  choice,
  extend,
  fieldOf,
  list,
  NUMBER,
  object,
  text,
  type ObjectShape,
  type Shape,
} from "./shape.js";

const date = text("date");
const time = text("time");
const zone = text("zone");
const owner = choice("client", "freelancer");

const money = object({ minor: NUMBER, currency: text() });

const datedMilestone = object({
  id: text(),
  title: text(),
  owner,
  dueOn: date,
  occurrence: object({ index: NUMBER, of: NUMBER }),
  basis: object({ after: text(), afterTitle: text(), days: NUMBER, businessDays: NUMBER }),
  description: text(),
});

const timeWindow = object({
  days: list(text("weekday")),
  from: time,
  to: time,
  crossesMidnight: BOOLEAN,
});

const offsetChanges = list(object({ from: date, until: date, differenceHours: NUMBER }));

const officeHours = object({
  owner,
  timeZone: zone,
  otherTimeZone: zone,
  windows: list(timeWindow),
  windowsInOtherZone: list(timeWindow),
  offsetChanges,
  differenceHours: NUMBER,
});

const moneyFacts = object({
  fee: money,
  estimatedTotal: money,
  deposit: extend(money, { percent: NUMBER, refundable: BOOLEAN }),
  balance: money,
  instalments: list(
    object({
      label: text(),
      amount: money,
      due: choice("signing", "start", "completion", "milestone", "date"),
      dueOn: date,
      milestoneTitle: text(),
    }),
  ),
  lateFee: object({
    percent: NUMBER,
    amount: money,
    per: choice("day", "week", "month", "year", "invoice"),
    graceDays: NUMBER,
    example: object({ overdue: money, fee: money }),
  }),
  rushFee: object({ percent: NUMBER, noticeUnderDays: NUMBER, example: money }),
  extraRevision: money,
  extraWork: object({ amount: money, per: choice("hour", "day", "item") }),
  expensesPreApprovalAbove: money,
  stepUp: object({ on: date, amount: money, increase: money }),
  killFee: extend(money, { percent: NUMBER }),
  invoices: list(object({ number: text(), amount: money, dueOn: date })),
  invoicesTotal: money,
});

export const FACTS_SHAPE: ObjectShape = object({
  issuedOn: date,
  offerExpiresOn: date,
  startDate: date,
  endDate: date,
  reviewOn: date,
  milestones: list(datedMilestone),
  officeHours: object({ freelancer: officeHours, client: officeHours }),
  money: moneyFacts,
  pageSize: choice("A4", "LETTER"),
});

const hoursView = object({
  timeZone: zone,
  otherTimeZone: zone,
  windows: list(object({ own: timeWindow, other: timeWindow })),
  offsetChanges,
});

/** A milestone's `repeat` as the engagement writes it, if its shape has one. */
function repeatOf(engagement: ObjectShape): Readonly<Record<string, Shape>> {
  const schedule = fieldOf(engagement, "schedule");
  const milestones = schedule?.kind === "object" ? fieldOf(schedule, "milestones") : undefined;
  const item = milestones?.kind === "list" ? milestones.item : undefined;
  const repeat = item?.kind === "object" ? fieldOf(item, "repeat") : undefined;
  return repeat === undefined ? {} : { repeat };
}

/**
 * Everything a custom clause may read: the engagement's printable fields (its
 * shape from the schema) and what compose adds, limited to CUSTOM_CLAUSE_ROOTS.
 */
export function templateDataShape(engagement: ObjectShape): ObjectShape {
  const deadline = list(extend(datedMilestone, repeatOf(engagement)));
  const all: Record<string, Shape> = {
    ...engagement.fields,
    locale: text(),
    document: choice("proposal", "contract", "handover"),
    documentName: text(),
    facts: FACTS_SHAPE,
    deadlines: object({ client: deadline, freelancer: deadline }),
    hours: object({ freelancer: hoursView, client: hoursView }),
  };
  return object(
    Object.fromEntries(Object.entries(all).filter(([k]) => CUSTOM_CLAUSE_ROOTS.has(k))),
  );
}

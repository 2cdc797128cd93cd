import { describe, expect, it } from "vitest";
import { renderTemplate } from "../compile.js";
import { knownHelpers } from "../environment.js";
import { checkCustomClause } from "./check.js";
import { templateDataShape } from "./data-shape.js";
import { AMOUNT, choice, list, NUMBER, object, text } from "./shape.js";
import { SIGNATURES } from "./signatures.js";

// A small engagement, its shape written by hand the way @clausework/schema derives
// it from the JSON Schema, and data of that shape to render with.
const ENGAGEMENT_SHAPE = object({
  issuedOn: text("date"),
  locale: text(),
  client: object({
    name: text(),
    contact: object({ name: text(), email: text() }),
    timeZone: text("zone"),
    officeHours: list(
      object({ days: list(text("weekday")), from: text("time"), to: text("time") }),
    ),
  }),
  fees: object({ model: choice("fixed-fee", "retainer"), amount: AMOUNT }),
  deliverables: list(object({ title: text(), quantity: NUMBER })),
  scope: object({ outOfScope: list(text()) }),
  metadata: object({ crm: text() }),
});

const SHAPE = templateDataShape(ENGAGEMENT_SHAPE);

const EUR = (minor: number) => ({ minor, currency: "EUR" });

const DATA = {
  issuedOn: "2027-03-01",
  locale: "en-GB",
  client: {
    name: "Acme",
    contact: { name: "Ann", email: "ann@acme.example" },
    timeZone: "Europe/London",
    officeHours: [{ days: ["mon", "tue"], from: "09:00", to: "17:00" }],
  },
  fees: { model: "fixed-fee", amount: "4800.00" },
  deliverables: [{ title: "Post", quantity: 2 }],
  scope: { outOfScope: ["Ads", "Print"] },
  document: "contract",
  documentName: "agreement",
  facts: {
    issuedOn: "2027-03-01",
    startDate: "2027-04-01",
    milestones: [],
    officeHours: {},
    pageSize: "A4",
    money: {
      fee: EUR(480_000),
      deposit: { ...EUR(96_000), percent: 20, refundable: false },
      instalments: [],
      lateFee: { per: "month", graceDays: 0, amount: EUR(5000) },
      invoices: [{ number: "7", amount: EUR(1000), dueOn: "2027-04-01" }],
    },
  },
  deadlines: { client: [], freelancer: [] },
  hours: {},
};

const check = (template: string) => checkCustomClause(template, { shape: SHAPE });
const messages = (template: string) => check(template).map((problem) => problem.message);
const render = (template: string) => renderTemplate(template, "custom clause", DATA);

const ACCEPTED = [
  "{{client.name}} pays {{money facts.money.fee}} by {{date facts.startDate}}.",
  "{{#each deliverables}}{{@index}}: {{units quantity title}} for {{@root.client.name}} {{../client.name}}{{/each}}",
  "{{#with client.contact}}{{name}} <{{email}}>{{/with}}",
  "{{#if client.contact}}{{client.contact.name}}{{else}}nobody{{/if}}",
  '{{#each scope.outOfScope}}{{this}}{{#if @last}}.{{/if}}{{/each}} {{list scope.outOfScope "or"}}',
  "{{#each client.officeHours}}{{window this ../client.timeZone}} {{weekdays days}}{{/each}}",
  "{{#with facts.money.deposit}}{{money this}} ({{percent percent}}){{/with}}",
  '{{#with facts.money.lateFee}}{{phrase "late-fee-period" per}}{{/with}}',
  "{{#each facts.money.invoices}}{{this.number}}: {{money amount}}{{/each}}",
  "{{text fees.amount}} {{fees.amount}} {{zone client.timeZone}} {{text (date issuedOn)}}",
  '{{#if (eq fees.model "retainer")}}monthly{{/if}} {{plural 2 "day" "days"}} {{date "2027-12-31"}}',
  "{{#unless (and client.name (not fees.model))}}x{{/unless}}",
];

/** Refused, and rendering them fails too: the check finds what a build would. */
const REFUSED = [
  ["{{client.secretNotes}}", 'client has no field "secretNotes"'],
  ["{{client.nme}}", 'client has no field "nme" (did you mean "name"?)'],
  ["{{facts.nothing}}", 'facts has no field "nothing"'],
  [
    "{{#each deliverables}}{{titel}}{{/each}}",
    'an item of deliverables has no field "titel" (did you mean "title"?)',
  ],
  [
    "{{#with client}}{{contact.mail}}{{/with}}",
    'client.contact has no field "mail" (did you mean "email"?)',
  ],
  [
    "{{client}}",
    "client is a group of fields, which does not print as text: print one of its fields (name, contact, timeZone, officeHours)",
  ],
  [
    "{{facts.money.fee}}",
    "facts.money.fee is an amount of money, which does not print as text: print it with {{money facts.money.fee}}",
  ],
  [
    "{{scope.outOfScope}}",
    "scope.outOfScope is a list, which does not print as text: go through it with {{#each scope.outOfScope}}…{{/each}}",
  ],
  [
    "{{#each deliverables}}{{this}}{{/each}}",
    "this is a group of fields, which does not print as text: print one of its fields (title, quantity)",
  ],
  [
    "{{money fees.amount}}",
    "money needs an amount of money (such as facts.money.fee), but fees.amount is an amount as written in the engagement",
  ],
  ["{{date client.name}}", "date needs a date, but client.name is text"],
  ['{{date "2027-02-30"}}', 'date needs a date, but "2027-02-30" does not exist'],
  ['{{time "9am"}}', 'time needs a time of day, but "9am" is not an HH:MM time'],
  [
    "{{number fees.amount}}",
    "number needs a number, but fees.amount is an amount as written in the engagement",
  ],
  ['{{number "3"}}', 'number needs a number, but "3" is text in quotes'],
  ["{{weekdays client.name}}", "weekdays needs a list of weekdays, but client.name is text"],
  ["{{list deliverables}}", "list needs a list of texts, but deliverables is a list"],
  [
    '{{phrase "late-fee-period" fees.model}}',
    'phrase: the table "late-fee-period" has no phrase for "fixed-fee", "retainer", which fees.model can be',
  ],
  [
    '{{phrase "no-table" fees.model}}',
    'phrase needs the name of a phrase table in quotes, but "no-table" is text in quotes',
  ],
  [
    "{{#each facts.money.invoices}}{{number}}{{/each}}",
    "number takes 1 value, got 0; to print the field number, write {{this.number}}",
  ],
  ["{{date issuedOn issuedOn}}", "date takes 1 value, got 2"],
  [
    "{{window client.officeHours client.timeZone}}",
    "window needs an office-hours window (such as an item of freelancer.officeHours), but client.officeHours is a list",
  ],
  [
    "{{deliverables.title}}",
    'deliverables is a list, with no field "title"; go through it with {{#each …}}',
  ],
  ["{{client.name.first}}", 'client.name is text, with no field "first"'],
  [
    "{{text (eq client.name fees.model)}}",
    "text needs text or a number, but (eq …) is a yes/no value",
  ],
] as const;

/** Refused although this data renders: they print nothing useful, or fail only for other data. */
const REFUSED_THOUGH_THEY_RENDER = [
  ["{{if client.name}}", "if is a block: write {{#if …}}…{{/if}}"],
  ["{{@index}}", "@index has a value only inside {{#each …}}"],
  ["{{zone client.name}}", "zone needs a time zone, but client.name is text"],
  ['{{text client.name extra="x"}}', "text takes no named values (extra=…)"],
  ["{{#each client}}x{{/each}}", "#each needs a list, but client is a group of fields"],
] as const;

describe("custom clauses checked against the shape of their data", () => {
  it.each(ACCEPTED)("accepts and renders %s", (template) => {
    expect(check(template)).toEqual([]);
    expect(() => render(template)).not.toThrow();
  });

  it.each(REFUSED)("refuses %s, which fails to render", (template, message) => {
    expect(messages(template)).toEqual([message]);
    expect(() => render(template)).toThrow();
  });

  it.each(REFUSED_THOUGH_THEY_RENDER)("refuses %s", (template, message) => {
    expect(messages(template)).toEqual([message]);
  });

  it("never offers fields the template data does not have", () => {
    expect(messages("{{metadata.crm}}")).toEqual([
      "unknown variable metadata.crm — only schema field paths are allowed",
    ]);
  });

  it("reports every problem where it is, in source order", () => {
    const template = "Fee:\n  {{money fees.amount}}\n{{#each deliverables}}\n{{titel}}{{/each}}";
    expect(check(template)).toEqual([
      { message: expect.stringMatching(/^money needs/) as unknown, line: 2, column: 11 },
      { message: expect.stringMatching(/"titel"/) as unknown, line: 4, column: 3 },
    ]);
  });

  it("checks the body of #each and #with, and the else branch against the outer data", () => {
    expect(messages("{{#each deliverables}}{{title}}{{else}}{{client.title}}{{/each}}")).toEqual([
      'client has no field "title"',
    ]);
    expect(messages("{{#each deliverables}}{{#each tags}}x{{/each}}{{/each}}")).toEqual([
      'an item of deliverables has no field "tags"',
    ]);
  });

  it("stays quick on a template at the size limits", () => {
    const template = `{{#each deliverables}}${"{{titleeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee}}".repeat(400)}{{/each}}`;
    const started = performance.now();
    expect(check(template)).toHaveLength(400);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("helper signatures", () => {
  it("describe every helper a clause may use, and nothing else", () => {
    const allowed = Object.entries(knownHelpers)
      .filter(([, known]) => known)
      .map(([name]) => name);
    expect(Object.keys(SIGNATURES).sort()).toEqual(allowed.sort());
  });
});

import { CUSTOM_CLAUSE_ROOTS } from "@clausework/clauses";
import { describe, expect, it } from "vitest";
import type { CustomClause } from "./engagement.generated.js";
import { customClauseShape } from "./template-shape.js";
import { engagementWith } from "./test-engagement.js";
import { textWithRaw } from "./test-raw.js";
import { validate, validateValue } from "./validate.js";

const withTemplate = (template: string) =>
  validate(
    textWithRaw(
      "/customClauses",
      JSON.stringify([{ id: "hosting", title: "Hosting", documents: ["contract"], template }]),
    ),
  );

const clause = (fields: Partial<CustomClause>): CustomClause => ({
  id: "hosting",
  title: "Hosting",
  documents: ["contract"],
  template: "{{client.name}} pays for hosting.",
  ...fields,
});

const withClauses = (...clauses: CustomClause[]) =>
  validateValue(engagementWith(["/customClauses", clauses]));

/** [pointer, severity, code, message, hint] of each diagnostic about custom clauses. */
const findings = (result: ReturnType<typeof validate>) =>
  result.diagnostics
    .filter((d) => d.pointer.startsWith("/customClauses"))
    .map((d) => [d.pointer, d.severity, d.code, d.message, d.hint]);

const templateMessages = (template: string) =>
  withTemplate(template)
    .diagnostics.filter((d) => d.code === "CUSTOM_CLAUSE_INVALID")
    .map((d) => d.message);

describe("custom clause templates", () => {
  it("accepts a template that prints engagement fields", () => {
    const result = withTemplate("{{client.name}} pays for hosting.");
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("reports every fault of a template at its pointer, with the place in the template", () => {
    const result = withTemplate("{{lookup this '__proto__'}} {{__proto__.polluted}}");
    const messages = result.diagnostics
      .filter((d) => d.code === "CUSTOM_CLAUSE_INVALID")
      .map((d) => [d.pointer, d.message]);
    expect(messages).toEqual(
      expect.arrayContaining([
        [
          "/customClauses/0/template",
          expect.stringMatching(/lookup.*\(template line 1, column \d+\)/),
        ],
        ["/customClauses/0/template", expect.stringMatching(/__proto__.*column 31\)/)],
      ]),
    );
    expect(result.engagement).toBeUndefined();
  });

  it("refuses Markdown compose cannot print, at its line", () => {
    expect(templateMessages("{{client.name}} pays.\n\nUse `code` here.")).toEqual([
      expect.stringMatching(/inline code .*not supported.*\(template line 3, column 1\)/),
    ]);
    expect(templateMessages("> {{client.name}} quoted")).toEqual([
      expect.stringMatching(/block quote/),
    ]);
    expect(templateMessages("Write to {{client.name}} <{{client.email}}>.")).toEqual([]);
  });

  it("follows every segment of a path, also inside #each and #with", () => {
    expect(templateMessages("{{client.secretNotes}}")).toEqual([
      'custom clause hosting: client has no field "secretNotes" (template line 1, column 3)',
    ]);
    expect(templateMessages("Dear {{client.contact.nme}}")).toEqual([
      'custom clause hosting: client.contact has no field "nme" (did you mean "name"?) (template line 1, column 8)',
    ]);
    expect(templateMessages("{{facts.nothing}}")).toEqual([
      'custom clause hosting: facts has no field "nothing" (template line 1, column 3)',
    ]);
    expect(templateMessages("{{#each schedule.milestones}}\n{{owner.name}}{{/each}}")).toEqual([
      'custom clause hosting: owner in an item of schedule.milestones is text, with no field "name" (template line 2, column 3)',
    ]);
    expect(templateMessages("{{#with fees.deposit}}{{percentage}}{{/with}}")).toEqual([
      'custom clause hosting: fees.deposit has no field "percentage" (did you mean "percent"?) (template line 1, column 25)',
    ]);
  });

  it("refuses printing an object or a list, and helpers given the wrong kind of value", () => {
    expect(templateMessages("{{client}}")).toEqual([
      expect.stringMatching(
        /^custom clause hosting: client is a group of fields, which does not print as text/,
      ),
    ]);
    expect(templateMessages("{{facts.money.fee}}")).toEqual([
      "custom clause hosting: facts.money.fee is an amount of money, which does not print as text: print it with {{money facts.money.fee}} (template line 1, column 3)",
    ]);
    expect(templateMessages("{{money fees.amount}}")).toEqual([
      "custom clause hosting: money needs an amount of money (such as facts.money.fee), but fees.amount is an amount as written in the engagement (template line 1, column 9)",
    ]);
    expect(templateMessages("{{time schedule.startDate}}")).toEqual([
      "custom clause hosting: time needs a time of day, but schedule.startDate is a date (template line 1, column 8)",
    ]);
  });

  it("knows dates, times, time zones, weekdays, choices and amounts from the schema", () => {
    const template = [
      "{{date schedule.startDate}} {{date facts.startDate}} {{zone client.timeZone}}",
      "{{#each freelancer.officeHours}}{{window this ../freelancer.timeZone}} {{time from}} {{weekdays days}}{{/each}}",
      '{{#each deliverables}}{{#if frequency}}{{phrase "frequency" frequency}}{{/if}}{{/each}}',
      "{{fees.amount}} {{text fees.amount}} {{#with facts.money}}{{money fee}}{{/with}}",
      '{{#each deadlines.client}}{{date dueOn}}{{#if repeat}} {{phrase "repeat" repeat.every}}{{/if}}{{/each}}',
    ].join("\n");
    expect(templateMessages(template)).toEqual([]);
  });
});

describe("the shape custom clauses are checked against", () => {
  it("has exactly the names compose gives templates at the top", () => {
    expect(Object.keys(customClauseShape().fields).sort()).toEqual([...CUSTOM_CLAUSE_ROOTS].sort());
  });
});

describe("custom clause ids and placement", () => {
  it("refuses a second clause with an id already used", () => {
    const result = withClauses(clause({}), clause({ id: "support" }), clause({ title: "Again" }));
    expect(findings(result)).toEqual([
      [
        "/customClauses/2/id",
        "error",
        "DUPLICATE_ID",
        "custom clause id 'hosting' is already used by custom clause 1",
        "give each custom clause its own id",
      ],
    ]);
  });

  it("refuses an `after` that names no clause or section of its documents", () => {
    const result = withClauses(
      clause({ after: "no-such-clause" }),
      clause({ id: "b", after: "fess" }),
    );
    expect(findings(result)).toEqual([
      [
        "/customClauses/0/after",
        "error",
        "UNKNOWN_REFERENCE",
        "custom clause hosting: after names 'no-such-clause', which is no clause or section of the contract",
        "use the id of a clause or section of the contract (such as legal-notice, parties, scope), or leave after out to put the clause at the end",
      ],
      [
        "/customClauses/1/after",
        "error",
        "UNKNOWN_REFERENCE",
        "custom clause b: after names 'fess', which is no clause or section of the contract",
        "did you mean 'fees'?",
      ],
    ]);
  });

  it("warns when only documents the clause is not in have its `after`", () => {
    const result = withClauses(clause({ documents: ["handover"], after: "fees" }));
    expect(result.ok).toBe(true);
    expect(findings(result)).toEqual([
      [
        "/customClauses/0/after",
        "warning",
        "AFTER_NOT_IN_DOCUMENT",
        "custom clause hosting: after names 'fees', which only the proposal and the contract have; in the handover the clause goes at the end",
        "add the proposal and the contract to documents, or choose a clause or section of the handover",
      ],
    ]);
  });

  it("accepts an `after` that some of its documents have: the others end with the clause", () => {
    const result = withClauses(
      clause({ documents: ["proposal", "contract"], after: "signatures" }),
      clause({ id: "b", documents: ["proposal", "contract", "handover"], after: "payment" }),
    );
    expect(findings(result)).toEqual([]);
  });
});

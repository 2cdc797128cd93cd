import { afterEach, describe, expect, it, vi } from "vitest";
import { environment } from "../environment.js";
import { HOSTILE_TEMPLATES } from "../test-bad-inputs.js";
import { checkCustomClause } from "./check.js";

const hostile = (id: string): string => {
  const entry = HOSTILE_TEMPLATES.find((candidate) => candidate.id === id);
  if (entry === undefined) throw new Error(`no hostile template ${id}`);
  return entry.value;
};

const messages = (template: string) => checkCustomClause(template).map((p) => p.message);

afterEach(() => {
  vi.restoreAllMocks();
});

describe("checkCustomClause on the hostile templates", () => {
  it("rejects string.split reached through #with and block parameters", () => {
    const problems = checkCustomClause(hostile("hbs-custom-constructor"));
    expect(problems).toContainEqual({
      message: "unknown variable string.split — only schema field paths are allowed",
      line: 1,
      column: 34,
    });
    expect(problems).toContainEqual({ message: "#with needs a field path", line: 1, column: 9 });
    expect(problems.map((p) => p.message)).toContain("block parameters (as |x|) are not allowed");
  });

  it("rejects the lookup helper and __proto__ segments", () => {
    expect(checkCustomClause(hostile("hbs-custom-proto"))).toEqual([
      { message: "the lookup helper is not allowed", line: 1, column: 3 },
      {
        message: '"__proto__" segments are not allowed (no prototype access)',
        line: 1,
        column: 31,
      },
    ]);
  });

  it("rejects a huge template before parsing or compiling it", () => {
    const parse = vi.spyOn(environment, "parse");
    const compile = vi.spyOn(environment, "compile");
    const started = performance.now();
    expect(checkCustomClause(hostile("hbs-custom-huge"))).toEqual([
      {
        message: "custom clause is too long (max 20 KB / 500 placeholders)",
        line: 1,
        column: 20_001,
      },
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(parse).not.toHaveBeenCalled();
    expect(compile).not.toHaveBeenCalled();
  });

  it("rejects 5,000 nested blocks at the eleventh, before parsing or compiling", () => {
    const parse = vi.spyOn(environment, "parse");
    const compile = vi.spyOn(environment, "compile");
    const problems = checkCustomClause(hostile("hbs-custom-deep-nesting"));
    expect(problems).toContainEqual({
      message: "blocks nest too deep (nesting depth > 10)",
      line: 1,
      column: 10 * "{{#if client.name}}".length + 1,
    });
    expect(parse).not.toHaveBeenCalled();
    expect(compile).not.toHaveBeenCalled();
  });
});

describe("checkCustomClause limits", () => {
  const nested = (depth: number) =>
    `${"{{#if client.name}}".repeat(depth)}x${"{{/if}}".repeat(depth)}`;

  it("allows ten nested blocks and 500 placeholders, not eleven or 501", () => {
    expect(checkCustomClause(nested(10))).toEqual([]);
    expect(messages(nested(11))).toEqual(["blocks nest too deep (nesting depth > 10)"]);
    expect(checkCustomClause("{{client.name}}\n".repeat(500))).toEqual([]);
    expect(checkCustomClause("{{client.name}}\n".repeat(501))).toEqual([
      { message: "custom clause is too long (max 20 KB / 500 placeholders)", line: 501, column: 1 },
    ]);
  });

  it("bounds nested sub-expressions too", () => {
    const deep = `{{not ${"(not ".repeat(11)}client.name${")".repeat(11)}}}`;
    expect(messages(deep)).toEqual(["blocks nest too deep (nesting depth > 10)"]);
  });

  it("does not count braces inside comments", () => {
    const comment = `{{!-- ${"{{#if a}}".repeat(600)} --}}{{client.name}}`;
    expect(checkCustomClause(comment)).toEqual([]);
  });
});

describe("checkCustomClause variables and helpers", () => {
  it("accepts schema field paths, helpers, #each items and loop data", () => {
    const template = [
      "## Hosting",
      "{{client.name}} pays the hosting fees of {{money fees.amount}}.",
      "{{#each deliverables}}{{@index}}: {{title}} for {{@root.client.name}} {{../client.name}}{{/each}}",
      "{{#if (and client.name freelancer.name)}}both{{else}}one{{/if}}",
    ].join("\n");
    expect(checkCustomClause(template)).toEqual([]);
  });

  it("rejects names outside the template data, with their position", () => {
    expect(checkCustomClause("Hello\n  {{secret.key}}")).toEqual([
      {
        message: "unknown variable secret.key — only schema field paths are allowed",
        line: 2,
        column: 5,
      },
    ]);
    expect(messages("{{this}}")).toEqual([
      "unknown variable this — only schema field paths are allowed",
    ]);
    expect(messages("{{@root.metadata.crm}}")).toEqual([
      "unknown variable @root.metadata.crm — only schema field paths are allowed",
    ]);
    expect(messages("{{client.constructor.name}}")).toEqual([
      '"constructor" segments are not allowed (no prototype access)',
    ]);
  });

  it("rejects unknown helpers, partials, log and Mustache sections", () => {
    expect(messages("{{shout client.name}}")).toEqual(["unknown helper shout"]);
    expect(messages("{{> header}}")).toEqual([
      "PartialStatement is not allowed (no partials or decorators)",
    ]);
    expect(messages("{{log client}}")).toEqual(["the log helper is not allowed"]);
    expect(messages("{{#client}}x{{/client}}")).toEqual(["unknown block helper client"]);
  });

  it("reports syntax errors and the rules every clause meets", () => {
    expect(checkCustomClause("a\n{{client.name")[0]).toMatchObject({ line: 2 });
    expect(checkCustomClause("## {{client.name}}")).toEqual([
      { message: "a heading may only print values with {{line …}}", line: 1, column: 1 },
    ]);
  });
});

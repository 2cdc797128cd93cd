import { describe, expect, it } from "vitest";
import { checkCustomClause } from "./check.js";
import { checkMarkdown, templateText } from "./markdown-check.js";

describe("templateText", () => {
  it("drops block tags and comments, keeps a word for each value and every line break", () => {
    const template = "{{#if a}}\nPay {{money b}}{{!-- note\n--}} by {{{c}}}.\n{{else}}x{{/if}}";
    expect(templateText(template)).toBe("\nPay \\.\n by \\..\nx");
  });
});

describe("checkMarkdown", () => {
  it.each([
    ["Use `code` here.", 1, "inline code"],
    ["Intro\n\n> {{client.name}} quoted", 3, "block quote"],
    ["Intro\n\n    indented code", 3, "code block"],
    ["```\n{{client.name}}\n```", 1, "code block"],
    ["See ![logo](https://example.com/x.png)", 1, "image"],
    ["{{#if client.name}}\n<b>bold</b>\n{{/if}}", 2, "raw HTML"],
    ["Write to <{{client.email}}> or <span>{{client.name}}</span>", 1, "raw HTML"],
    ["[r]: https://x.example\n\n[r]", 1, "link reference"],
  ])("refuses %j at line %i", (template, line, words) => {
    const problems = checkMarkdown(template);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(line);
    expect(problems[0]?.message).toContain(words);
  });

  it("accepts the Markdown clauses use, with values anywhere", () => {
    const template = [
      "## {{line client.name}}",
      "",
      "{{#each scope.deliverables}}",
      "- **{{name}}**: *{{quantity}}* [terms](https://example.com/terms)",
      "{{/each}}",
      "",
      "1. First\\",
      "   second line",
      "",
      "Contact {{client.contact.name}} <{{client.contact.email}}>.",
    ].join("\n");
    expect(checkMarkdown(template)).toEqual([]);
  });

  it("is part of the whole check", () => {
    expect(checkCustomClause("Use `code` here.").map((problem) => problem.message)).toEqual([
      expect.stringContaining("inline code"),
    ]);
  });
});

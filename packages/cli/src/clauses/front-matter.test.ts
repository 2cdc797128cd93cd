import { describe, expect, it } from "vitest";
import { parseClauseFile, type ParsedClauseFile } from "./front-matter.js";

const parsed = (text: string): ParsedClauseFile => {
  const result = parseClauseFile(text);
  if ("problem" in result) throw new Error(`refused: ${result.problem.message}`);
  return result;
};

const values = (text: string) =>
  Object.fromEntries([...parsed(text).fields].map(([key, field]) => [key, field.value]));

const problem = (text: string) => {
  const result = parseClauseFile(text);
  if (!("problem" in result)) throw new Error("accepted");
  return result.problem;
};

const HOSTING = [
  "---",
  "id: hosting",
  "title: Hosting and domains # the section title",
  "documents: [proposal, contract]",
  "after: payment",
  "---",
  "",
  "{{client.name}} pays for hosting.",
  "",
].join("\n");

describe("clause files", () => {
  it("read like the built-in clauses: front matter, then the text", () => {
    const file = parsed(HOSTING);
    expect(values(HOSTING)).toEqual({
      id: "hosting",
      title: "Hosting and domains",
      documents: ["proposal", "contract"],
      after: "payment",
    });
    expect(file.template).toBe("{{client.name}} pays for hosting.");
    expect(file.templateLine).toBe(8);
    expect(file.fields.get("title")).toMatchObject({ line: 3, column: 8 });
    expect(file.fields.get("documents")).toMatchObject({ line: 4, column: 12 });
  });

  it("take lists on lines of their own, quotes, comments, CRLF and a byte order mark", () => {
    const text = [
      "\uFEFF---",
      "# a comment",
      'id: "hosting"',
      "title: 'Hosting: what is included, and what isn''t'",
      "documents:",
      "  - proposal",
      '  - "contract" # and the contract',
      "---",
      "Text",
      "on two lines",
    ].join("\r\n");
    expect(values(text)).toEqual({
      id: "hosting",
      title: "Hosting: what is included, and what isn't",
      documents: ["proposal", "contract"],
    });
    expect(parsed(text).template).toBe("Text\non two lines");
    expect(parsed(text).templateLine).toBe(9);
  });

  it("keep # in quoted values and in the text", () => {
    const text = '---\nid: a\ntitle: "Clause #5"\ndocuments: [contract]\n---\n# Heading\n';
    expect(values(text)["title"]).toBe("Clause #5");
    expect(parsed(text).template).toBe("# Heading");
  });

  it.each([
    [
      "no front matter",
      "Just text\n",
      1,
      1,
      "",
      "a clause file starts with a line of three dashes (---), then its front matter",
    ],
    [
      "an unclosed front matter",
      "---\nid: a\n",
      1,
      1,
      "",
      "the front matter is never closed: add a line of three dashes (---) after it",
    ],
    [
      "a line that is no key",
      "---\nid: a\nthis is no key\n---\nx",
      3,
      1,
      "",
      'expected "key: value", got "this is no key"',
    ],
    ["a key given twice", "---\nid: a\nid: b\n---\nx", 3, 1, "/id", "id is given twice"],
    ["a key without a value", "---\nid:\n---\nx", 2, 4, "/id", "id has no value"],
    ["a list for one value", "---\nid: [a, b]\n---\nx", 2, 5, "/id", "id is one value, not a list"],
    [
      "one value for a list",
      "---\nid: a\ntitle: T\ndocuments: contract\n---\nx",
      4,
      12,
      "/documents",
      "documents is a list",
    ],
    [
      "an unclosed list",
      "---\ndocuments: [contract\n---\nx",
      2,
      12,
      "/documents",
      "the list of documents is not closed with ]",
    ],
    [
      "an unclosed quote",
      '---\ntitle: "Hosting\n---\nx',
      2,
      8,
      "/title",
      "the quote that opens title is never closed",
    ],
    [
      "text after a quote",
      '---\ntitle: "A" B\n---\nx',
      2,
      11,
      "/title",
      "unexpected text after the quoted title",
    ],
    [
      "a list item under no list",
      "---\nid: a\n  - contract\n---\nx",
      3,
      1,
      "",
      "a list item (- …) belongs under a key that takes a list, such as documents:",
    ],
    [
      "indentation",
      "---\nid: a\n  title: T\n---\nx",
      3,
      1,
      "",
      "unexpected indentation in the front matter",
    ],
    [
      "no title",
      "---\nid: a\ndocuments: [contract]\n---\nx",
      1,
      1,
      "/title",
      "the front matter has no title",
    ],
    [
      "no text",
      "---\nid: a\ntitle: T\ndocuments: [contract]\n---\n\n  \n",
      5,
      1,
      "/template",
      "the clause has no text after the front matter",
    ],
  ] as const)("refuse %s, saying where", (_what, text, line, column, pointer, message) => {
    expect(problem(text)).toMatchObject({ line, column, pointer, message });
  });

  it("refuse keys custom clauses do not have, with what to do instead", () => {
    expect(problem("---\nid: a\nwhen: facts.money.lateFee\n---\nx")).toEqual({
      code: "UNKNOWN_KEY",
      pointer: "/when",
      message: "unknown key 'when'",
      hint: "custom clauses have no `when`: put {{#if …}}…{{/if}} around the text instead",
      line: 3,
      column: 1,
    });
    expect(problem("---\ntitel: T\n---\nx")).toMatchObject({
      message: "unknown key 'titel'",
      hint: "the keys are id, title, documents, after",
    });
  });
});

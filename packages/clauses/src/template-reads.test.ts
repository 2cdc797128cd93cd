import { describe, expect, it } from "vitest";
import { fieldsRead } from "./template-reads.js";

const sorted = (source: string) => {
  const fields = fieldsRead(source);
  return fields === undefined ? undefined : [...fields].sort();
};

describe("the fields a template reads", () => {
  it("are every name of every path, in blocks, helpers and sub-expressions", () => {
    expect(
      sorted(
        '{{client.name}} {{#if (eq fees.model "retainer")}}{{money fees.fee}}{{/if}}' +
          "{{#each deliverables}}{{title}}{{../document}}{{/each}}{{#with facts}}{{this.endDate}}{{/with}}",
      ),
    ).toEqual(
      ["client", "name", "eq", "fees", "model", "money", "fee", "deliverables", "title"]
        .concat(["document", "facts", "endDate", "each", "if", "with"])
        .sort(),
    );
  });

  it("follow @root, and ignore @index and the like", () => {
    expect(sorted("{{#each items}}{{@index}} {{@root.documentName}}{{/each}}")).toEqual(
      ["documentName", "each", "items"].sort(),
    );
  });

  it("are everything when a path may reach the whole root", () => {
    expect(sorted("{{text this}}")).toBeUndefined();
    expect(sorted("{{#each this}}{{/each}}")).toBeUndefined();
    expect(sorted("{{#if x}}{{text .}}{{/if}}")).toBeUndefined();
    expect(sorted("{{#each items}}{{text ..}}{{/each}}")).toBeUndefined();
    expect(sorted("{{text @root}}")).toBeUndefined();
    expect(sorted("{{#with client}}{{text this}}{{/with}}")).toEqual(["client", "text", "with"]);
  });

  it("are everything for what does not parse", () => {
    expect(sorted("{{#if}")).toBeUndefined();
  });
});

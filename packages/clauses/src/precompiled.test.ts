import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { precompiledModule, precompiledPath } from "../scripts/precompile-clauses.js";
import { clauseById, clauses } from "./clause.js";
import { renderTemplate } from "./compile.js";
import { precompiledTemplate } from "./precompiled.js";

describe("precompiled clauses", () => {
  it("are fresh: checked and compiled from the current clauses and compile options", () => {
    // Stale after a change to clauses/*.md, the checks or the compile options:
    // run `npm run bundle` in packages/clauses.
    expect(readFileSync(precompiledPath, "utf8")).toBe(precompiledModule());
  });

  it("serve every built-in clause body, and nothing else", () => {
    for (const clause of clauses) expect(precompiledTemplate(clause.body)).toBeTypeOf("function");
    const first = clauses[0]?.body ?? "";
    expect(precompiledTemplate(`${first} `)).toBeUndefined();
    expect(precompiledTemplate("{{client.name}}")).toBeUndefined();
  });

  it("render as the same text as a compile at run time", () => {
    const body = clauseById("portfolio").body;
    const data = {
      locale: "en-GB",
      rights: { portfolio: "after-date", portfolioAfter: "2027-06-01" },
    };
    // One character more and the body is one no build saw: it compiles now,
    // through the same checks.
    const precompiled = renderTemplate(body, "portfolio", data);
    expect(precompiled).toContain("From 1 June 2027, I may show the work");
    expect(renderTemplate(`${body}\n`, "portfolio", data)).toBe(`${precompiled}\n`);
  });

  it("keep the sandbox: a hostile body is checked at run time", () => {
    expect(() => renderTemplate("{{lookup rights 'portfolio'}}", "hostile", {})).toThrow(/lookup/);
  });
});

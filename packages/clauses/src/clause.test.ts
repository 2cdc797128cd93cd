import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { clauseById, clauses } from "./clause.js";
import { compileTemplate } from "./compile.js";
import { conditionPaths } from "./condition.js";

const script = fileURLToPath(new URL("../scripts/bundle-clauses.mjs", import.meta.url));

describe("the clause library", () => {
  it("is bundled fresh from clauses/*.md", () => {
    // Exits 1 (and execFileSync throws) when src/clauses.generated.ts is stale.
    expect(() =>
      execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" }),
    ).not.toThrow();
  });

  it.each(clauses.map((clause) => [clause.id, clause] as const))(
    "%s compiles in the sandbox",
    (id, clause) => {
      expect(compileTemplate(clause.body, id)).toBeTypeOf("function");
    },
  );

  it("has unique ids and no empty bodies", () => {
    const ids = clauses.map((clause) => clause.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const clause of clauses) expect(clause.body.trim()).not.toBe("");
  });

  it("names in `needs` every path its condition reads", () => {
    for (const clause of clauses) {
      for (const path of conditionPaths(clause.when)) {
        const named = clause.needs.some((need) => path === need || path.startsWith(`${need}.`));
        expect(named, `${clause.id}: ${path}`).toBe(true);
      }
    }
  });

  it("finds clauses by id and fails loudly otherwise", () => {
    expect(clauseById("late-fee").title).toBe("Late payment");
    expect(() => clauseById("nope")).toThrow(/no clause "nope"/);
  });
});

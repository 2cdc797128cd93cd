// Lints every example engagement through the real pipeline (resolve, derive, advise)
// and compares the findings and the statutory terms with a golden text file per
// example. UPDATE_GOLDENS=1 rewrites the goldens; read the diff before committing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Engagement } from "@clausework/schema";
import { describe, expect, it } from "vitest";
import { derive } from "../derive/index.js";
import { resolve } from "../resolve.js";
import { advise, statutoryTerms } from "./index.js";

const examples = new URL("../../../../examples/engagements/", import.meta.url);
const goldens = new URL("./goldens/", import.meta.url);
const names = readdirSync(examples)
  .filter((file) => file.endsWith(".json"))
  .map((file) => file.slice(0, -".json".length))
  .sort();

function report(name: string): string {
  const engagement = JSON.parse(
    readFileSync(new URL(`${name}.json`, examples), "utf8"),
  ) as Engagement;
  const resolved = resolve(engagement);
  const facts = derive(resolved);
  const diagnostics = advise(resolved, facts).map(
    (d) => `${d.severity}  ${d.code}  ${d.pointer}\n  ${d.message}\n  hint: ${d.hint ?? "-"}`,
  );
  const terms = statutoryTerms(resolved, facts);
  const termsText =
    terms === undefined ? ["(none)"] : [terms.heading, ...terms.paragraphs.map((p) => `- ${p}`)];
  return [
    `# ${name}: advice`,
    ...(diagnostics.length === 0 ? ["(no findings)"] : diagnostics),
    "",
    `# ${name}: statutory terms`,
    ...termsText,
    "",
  ].join("\n");
}

describe("the example engagements", () => {
  it("exist", () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(names)("%s lints as its golden says", (name) => {
    const golden = new URL(`${name}.txt`, goldens);
    const actual = report(name);
    if (process.env.UPDATE_GOLDENS === "1") writeFileSync(golden, actual);
    if (!existsSync(golden)) {
      throw new Error(`No golden for ${name}: run UPDATE_GOLDENS=1 npx vitest run, then read it`);
    }
    expect(actual).toBe(readFileSync(golden, "utf8"));
  });
});

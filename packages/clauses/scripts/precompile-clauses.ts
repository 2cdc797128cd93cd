// Checks and precompiles the built-in clauses (src/clauses.generated.ts) into
// src/clauses.precompiled.generated.ts with the sandbox's compile options: the
// same checks as at run time, done once at build time. Run by `npm run build`
// after bundle-clauses.mjs; a test fails when the file is stale.
import { writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { clauseSources } from "../src/clauses.generated.js";
import { precompileChecked } from "../src/template-check.js";

export const precompiledPath = fileURLToPath(
  new URL("../src/clauses.precompiled.generated.ts", import.meta.url),
);

/** The generated module's text. */
export function precompiledModule(): string {
  const entries = clauseSources.map((clause) => {
    const { helpers, specification } = precompileChecked(clause.body, clause.id);
    return [
      `  ${JSON.stringify(clause.id)}: {`,
      `    source: ${JSON.stringify(clause.body)},`,
      `    helpers: ${JSON.stringify([...helpers].sort())},`,
      `    template: ${specification},`,
      "  },",
    ].join("\n");
  });
  return [
    "// @ts-nocheck: Handlebars' generated code is plain JavaScript.",
    "/* Generated from src/clauses.generated.ts by scripts/precompile-clauses.ts. Do not edit. */",
    "",
    "export const precompiledClauses = {",
    ...entries,
    "};",
    "",
  ].join("\n");
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(precompiledPath, precompiledModule());
}

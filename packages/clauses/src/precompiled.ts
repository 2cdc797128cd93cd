// The built-in clauses, checked and compiled when the package is built
// (scripts/precompile-clauses.ts), so a process starts rendering without parsing
// and compiling some forty templates, and the browser runs no generated code.
import type { TemplateDelegate } from "handlebars";
import { precompiledClauses } from "./clauses.precompiled.generated.js";
import { runtimeEnvironment } from "./environment.js";

type PrecompiledClause = {
  /** The exact body it was compiled from; a body with other text compiles at run time. */
  readonly source: string;
  readonly helpers: readonly string[];
  /** Handlebars' TemplateSpecification (a global type of its declarations). */
  readonly template: TemplateSpecification;
};

const bySource = new Map(
  Object.values(precompiledClauses as Readonly<Record<string, PrecompiledClause>>).map(
    (clause) => [clause.source, clause] as const,
  ),
);

/** The template of a built-in clause's body, or undefined for any other source. */
export function precompiledTemplate(source: string): TemplateDelegate | undefined {
  const clause = bySource.get(source);
  if (clause === undefined) return undefined;
  return runtimeEnvironment(new Set(clause.helpers)).template(clause.template);
}

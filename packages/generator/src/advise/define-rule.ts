import type { Rule } from "./types.js";

/** A rule with its docs page at the path every rule uses: docs/rules/<id>.md. */
export function defineRule(rule: Omit<Rule, "docs">): Rule {
  return { ...rule, docs: `docs/rules/${rule.id}.md` };
}

// `when` in a clause's front matter: when the clause belongs in a document.
//   fees.lateFee                       the path is present (a non-empty list, any other value)
//   !fees.lateFee                      it is absent
//   fees.model == retainer             equal to a literal (bare word, number, true/false)
//   fees.model != retainer
//   a && b, a || b                     && binds tighter than ||; no parentheses
// Paths follow own properties only, so "constructor" is just a missing field.
import { ClauseError } from "./errors.js";

const TERM = /^(!?)\s*([A-Za-z_$][\w$-]*(?:\.[\w$-]+)*)\s*(?:(==|!=)\s*(\S+))?$/;

/** The value at a dotted path of own properties, or undefined. */
export function valueAt(data: unknown, path: string): unknown {
  let current: unknown = data;
  for (const part of path.split(".")) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, part))
      return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

export function isPresent(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null;
}

function literal(text: string): unknown {
  if (text === "true" || text === "false") return text === "true";
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text.replace(/^"(.*)"$/, "$1");
}

function termHolds(term: string, data: unknown, expression: string): boolean {
  const match = TERM.exec(term.trim());
  if (match === null) throw new ClauseError(`when: cannot read "${term}" in "${expression}"`);
  const [, negate = "", path = "", operator, expected] = match;
  const value = valueAt(data, path);
  let holds: boolean;
  if (operator === undefined) holds = isPresent(value);
  else if (negate !== "") throw new ClauseError(`when: "!" with a comparison in "${expression}"`);
  else holds = (value === literal(expected ?? "")) === (operator === "==");
  return negate === "" ? holds : !holds;
}

/** Whether `expression` holds for `data` (raw template data, not the escaped view). */
export function conditionHolds(expression: string | undefined, data: unknown): boolean {
  if (expression === undefined || expression.trim() === "") return true;
  return expression
    .split("||")
    .some((alternative) =>
      alternative.split("&&").every((term) => termHolds(term, data, expression)),
    );
}

/** The paths a condition reads, for checks that clauses name real data. */
export function conditionPaths(expression: string | undefined): string[] {
  if (expression === undefined) return [];
  return expression
    .split(/\|\||&&/)
    .map((term) => TERM.exec(term.trim())?.[2])
    .filter((path): path is string => path !== undefined);
}

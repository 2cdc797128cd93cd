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
  return valueAtParts(data, path.split("."));
}

function valueAtParts(data: unknown, parts: readonly string[]): unknown {
  let current: unknown = data;
  for (const part of parts) {
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

/** One term, read once: `negate path`, or `path operator literal`. */
type Term = {
  readonly negate: boolean;
  readonly parts: readonly string[];
  readonly operator: "==" | "!=" | undefined;
  readonly expected: unknown;
};

/** A term that does not read: its error is thrown only when it is evaluated, as before. */
type BadTerm = { readonly error: string };

function readTerm(term: string, expression: string): Term | BadTerm {
  const match = TERM.exec(term.trim());
  if (match === null) return { error: `when: cannot read "${term}" in "${expression}"` };
  const [, negate = "", path = "", operator, expected] = match;
  if (operator !== undefined && negate !== "")
    return { error: `when: "!" with a comparison in "${expression}"` };
  return {
    negate: negate !== "",
    parts: path.split("."),
    operator: operator as Term["operator"],
    expected: operator === undefined ? undefined : literal(expected ?? ""),
  };
}

function termHolds(term: Term | BadTerm, data: unknown): boolean {
  if ("error" in term) throw new ClauseError(term.error);
  const value = valueAtParts(data, term.parts);
  const holds =
    term.operator === undefined
      ? isPresent(value)
      : (value === term.expected) === (term.operator === "==");
  return term.negate ? !holds : holds;
}

/**
 * Conditions read once: a document asks some forty of them, the same strings every
 * time. Bounded, because custom clauses could bring any number.
 */
const readConditions = new Map<string, readonly (readonly (Term | BadTerm)[])[]>();
const MAX_CONDITIONS = 500;

function readCondition(expression: string): readonly (readonly (Term | BadTerm)[])[] {
  let alternatives = readConditions.get(expression);
  if (alternatives === undefined) {
    alternatives = expression
      .split("||")
      .map((alternative) => alternative.split("&&").map((term) => readTerm(term, expression)));
    if (readConditions.size >= MAX_CONDITIONS) readConditions.clear();
    readConditions.set(expression, alternatives);
  }
  return alternatives;
}

/** Whether `expression` holds for `data` (raw template data, not the escaped view). */
export function conditionHolds(expression: string | undefined, data: unknown): boolean {
  if (expression === undefined || expression.trim() === "") return true;
  return readCondition(expression).some((terms) => terms.every((term) => termHolds(term, data)));
}

/** The paths a condition reads, for checks that clauses name real data. */
export function conditionPaths(expression: string | undefined): string[] {
  if (expression === undefined) return [];
  return expression
    .split(/\|\||&&/)
    .map((term) => TERM.exec(term.trim())?.[2])
    .filter((path): path is string => path !== undefined);
}

// Conditions for {{#if}}: comparisons see raw values, so `(eq fees.model "retainer")`
// compares the text the user wrote with the literal.
import { rawOf } from "../escaped-text.js";
import { ClauseError } from "../errors.js";
import { splitArguments } from "./arguments.js";

type Helper = (...args: unknown[]) => unknown;

/** Present and not false, zero or an empty list: what {{#if}} treats as true. */
export function truthy(value: unknown): boolean {
  const raw = rawOf(value);
  return Array.isArray(raw) ? raw.length > 0 : Boolean(raw);
}

function atLeast(count: number, name: string, helper: (values: unknown[]) => unknown): Helper {
  return (...args: unknown[]) => {
    const { values } = splitArguments(args, name);
    if (values.length < count)
      throw new ClauseError(`${name}: expected at least ${count} arguments`);
    return helper(values);
  };
}

export const logicHelpers: Readonly<Record<string, Helper>> = {
  eq: atLeast(2, "eq", ([left, right]) => rawOf(left) === rawOf(right)),
  and: atLeast(2, "and", (values) => values.every(truthy)),
  or: atLeast(2, "or", (values) => values.some(truthy)),
  not: atLeast(1, "not", ([value]) => !truthy(value)),
};

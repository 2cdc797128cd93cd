// Whether one argument of a helper call is the kind of value the helper needs,
// and if not, a sentence that says what it needed and what it got.
import { formatDate, formatTime, isPhraseTable, phrase } from "../format/index.js";
import { isBlockName, NOTICE_TONES } from "../markers.js";
import {
  describeShape,
  isBasis,
  isMoney,
  isTextList,
  isWindow,
  type Shape,
  type TextShape,
} from "./shape.js";
import type { Parameter } from "./signatures.js";

export type Literal = string | number | boolean | null | undefined;

/** A field (or a helper call's result) with the path as written, or a value written in the template. */
export type Argument =
  | { readonly source: "field"; readonly label: string; readonly shape: Shape }
  | { readonly source: "literal"; readonly value: Literal };

const NEEDS: Readonly<Record<Parameter, string>> = {
  value: "a value",
  text: "text or a number",
  number: "a number",
  date: "a date",
  time: "a time of day",
  zone: "a time zone",
  money: "an amount of money (such as facts.money.fee)",
  window: "an office-hours window (such as an item of freelancer.officeHours)",
  basis: "what a deadline counts from (the basis of an item of deadlines.client)",
  weekdays: "a list of weekdays",
  "text-list": "a list of texts",
  "phrase-table": "the name of a phrase table in quotes",
  "phrase-value": "a field with fixed choices",
  "list-kind": '"and" or "or"',
  "block-name": "the name of a block in quotes",
  "notice-tone": `a tone in quotes (${NOTICE_TONES.map((tone) => `"${tone}"`).join(", ")})`,
  "quoted-text": "text in quotes",
};

function describeArgument(argument: Argument): string {
  if (argument.source === "field") return `${argument.label} is ${describeShape(argument.shape)}`;
  const { value } = argument;
  if (typeof value === "string") return `"${value}" is text in quotes`;
  if (typeof value === "number") return `${value} is a number`;
  if (typeof value === "boolean") return `${value} is a yes/no value`;
  return `${String(value)} is nothing`;
}

function fieldFits(parameter: Parameter, shape: Shape): boolean {
  switch (parameter) {
    case "value":
      return true;
    case "text":
      return shape.kind === "text" || shape.kind === "number" || shape.kind === "amount";
    case "number":
      return shape.kind === "number";
    case "date":
    case "time":
    case "zone":
      return shape.kind === "text" && shape.format === parameter;
    case "money":
      return isMoney(shape);
    case "window":
      return isWindow(shape);
    case "basis":
      return isBasis(shape);
    case "weekdays":
      return shape.kind === "list" && shape.item.kind === "text" && shape.item.format === "weekday";
    case "text-list":
      return isTextList(shape);
    default:
      // The rest must be written in the template itself.
      return false;
  }
}

/** Runs a formatter on a literal; its message when it refuses (such as an impossible date). */
function refusal(format: () => unknown): string | undefined {
  try {
    format();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.replace(/^\w+: /, "") : String(error);
  }
}

/** true when it fits, false when it is the wrong kind, a reason when the kind is right but the value is not. */
function literalFits(parameter: Parameter, value: Literal): string | boolean {
  const quoted = typeof value === "string" ? value : undefined;
  switch (parameter) {
    case "value":
      return true;
    case "text":
      return quoted !== undefined || typeof value === "number";
    case "number":
      return typeof value === "number";
    case "date":
      return quoted === undefined ? false : (refusal(() => formatDate(quoted, "en")) ?? true);
    case "time":
      return quoted === undefined ? false : (refusal(() => formatTime(quoted, "en")) ?? true);
    case "zone":
    case "quoted-text":
    case "phrase-value":
      return quoted !== undefined && quoted !== "";
    case "phrase-table":
      return quoted !== undefined && isPhraseTable(quoted);
    case "list-kind":
      return quoted === "and" || quoted === "or";
    case "block-name":
      return quoted !== undefined && isBlockName(quoted);
    case "notice-tone":
      return (NOTICE_TONES as readonly string[]).includes(quoted ?? "");
    default:
      return false;
  }
}

/** Why `argument` cannot be the `parameter` of `helper`; undefined when it can. */
export function argumentProblem(
  helper: string,
  parameter: Parameter,
  argument: Argument,
): string | undefined {
  const fits =
    argument.source === "field"
      ? fieldFits(parameter, argument.shape)
      : literalFits(parameter, argument.value);
  if (fits === true) return undefined;
  const but = typeof fits === "string" ? fits : describeArgument(argument);
  return `${helper} needs ${NEEDS[parameter]}, but ${but}`;
}

/** The values a phrase table has no phrase for; every one must have one. */
function unknownPhrases(table: string, values: readonly string[]): string[] {
  if (!isPhraseTable(table)) return [];
  return values.filter((value) => refusal(() => phrase(table, value)) !== undefined);
}

/** `{{phrase "table" value}}`: the value must be one the table can say. */
export function phraseProblem(table: string, argument: Argument): string | undefined {
  if (argument.source === "literal") {
    const value = argument.value;
    if (typeof value !== "string") return argumentProblem("phrase", "phrase-value", argument);
    return unknownPhrases(table, [value]).length === 0
      ? undefined
      : `phrase: the table "${table}" has no phrase for "${value}"`;
  }
  const shape = argument.shape;
  const values = shape.kind === "text" ? (shape as TextShape).values : undefined;
  if (values === undefined) return argumentProblem("phrase", "phrase-value", argument);
  const missing = unknownPhrases(table, values);
  return missing.length === 0
    ? undefined
    : `phrase: the table "${table}" has no phrase for ${missing.map((v) => `"${v}"`).join(", ")}, which ${argument.label} can be`;
}

import type { FuncKeywordDefinition, SchemaValidateFunction } from "ajv";
import type { DataValidationCxt } from "ajv/dist/types/index.js";
import { checkMoney, isKnownCurrency, knownCurrencyCodes } from "./money.js";
import { displayPointer } from "./pointer.js";
import { quote } from "./safe-text.js";
import { labelAt } from "./schema-info.js";
import { didYouMean } from "./suggest.js";
import { checkText, type TextKind } from "./text-checks.js";
import { checkTimeZone } from "./time-zones.js";

// The schema's own annotation keywords, registered with ajv so that strict mode
// accepts them and their checks run in the same pass as the standard keywords.
// Each error carries its final code and message in params; messages.ts passes
// them through.

export type KeywordProblem = { code: string; message: string; hint?: string; warning?: boolean };

type Check = (
  schemaValue: unknown,
  data: unknown,
  context: DataValidationCxt | undefined,
) => KeywordProblem[];

function keyword(name: string, metaSchema: object, check: Check): FuncKeywordDefinition {
  const validate: SchemaValidateFunction = (schemaValue, data, _parentSchema, context) => {
    const problems = check(schemaValue, data, context);
    validate.errors = problems.map((problem) => ({
      keyword: name,
      message: problem.message,
      params: problem,
    }));
    return problems.length === 0;
  };
  return { keyword: name, metaSchema, errors: true, validate };
}

const pointerOf = (context: DataValidationCxt | undefined) => context?.instancePath ?? "";

/** The file's currency when it is a known code; amounts are checked against it. */
function rootCurrency(context: DataValidationCxt | undefined): string | undefined {
  const root: unknown = context?.rootData;
  if (typeof root !== "object" || root === null || !Object.hasOwn(root, "currency"))
    return undefined;
  const currency: unknown = (root as Record<string, unknown>).currency;
  return typeof currency === "string" && /^[A-Z]{3}$/.test(currency) && isKnownCurrency(currency)
    ? currency
    : undefined;
}

export const textKeyword = keyword(
  "x-text",
  { enum: ["name", "line", "text"] },
  (kind, data, context) =>
    typeof data === "string"
      ? checkText(data, kind as TextKind, displayPointer(pointerOf(context)))
      : [],
);

// The money keyword checks the type too, so its schema's `type` errors are dropped.
export const moneyKeyword = keyword("x-money", { const: true }, (_schema, data, context) => {
  const problem = checkMoney(data, rootCurrency(context), labelAt(pointerOf(context))).problem;
  return problem === undefined ? [] : [problem];
});

export const timeZoneKeyword = keyword("x-timezone", { const: true }, (_schema, data, context) => {
  if (typeof data !== "string") return [];
  const problem = checkTimeZone(data, labelAt(pointerOf(context)));
  return problem === undefined ? [] : [problem];
});

// Malformed codes ("euro") fail the pattern; this catches well-formed unknown ones.
export const currencyKeyword = keyword("x-currency", { const: true }, (_schema, data, context) => {
  if (typeof data !== "string" || !/^[A-Z]{3}$/.test(data) || isKnownCurrency(data)) return [];
  const hint =
    didYouMean(data, knownCurrencyCodes()) ?? 'use an ISO 4217 code such as "EUR", "USD" or "GBP"';
  const message = `${labelAt(pointerOf(context))} ${quote(data)} is not a known ISO 4217 currency code`;
  return [{ code: "UNKNOWN_CURRENCY", message, hint }];
});

/** Every keyword of ours, for the validator generator. */
export const keywordDefinitions: readonly FuncKeywordDefinition[] = [
  textKeyword,
  moneyKeyword,
  timeZoneKeyword,
  currencyKeyword,
];

/** The keywords' functions by name: what the generated validator calls. */
export const keywordValidators: Readonly<Record<string, unknown>> = Object.fromEntries(
  keywordDefinitions.map((definition) => [String(definition.keyword), definition.validate]),
);

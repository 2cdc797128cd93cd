import { describeValue, quote } from "./safe-text.js";

// Money arrives as a JSON number (1500, 1500.5) or a decimal string ("1500.50")
// and leaves as integer minor units. The conversion works on decimal digits as
// text, so no binary floating point rounding can creep in.

export const MAX_MAJOR_UNITS = 10_000_000;

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;
const digitsCache = new Map<string, number>();

/** Decimals a currency uses in amounts: JPY 0, EUR 2, KWD 3. Throws RangeError for a malformed code. */
export function currencyDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    const options = { style: "currency", currency } as const;
    digits = new Intl.NumberFormat("en", options).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

let knownCurrencies: ReadonlySet<string> | undefined;

/** ISO 4217 codes this runtime knows. */
export function isKnownCurrency(currency: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf("currency"));
  return knownCurrencies.has(currency);
}

export function knownCurrencyCodes(): Iterable<string> {
  knownCurrencies ??= new Set(Intl.supportedValuesOf("currency"));
  return knownCurrencies;
}

export type MoneyProblem = { code: string; message: string; hint?: string };

/** Either a problem, or fine (with the minor units when the currency is known). */
export type MoneyCheck = { problem: MoneyProblem } | { problem?: undefined; minor?: number };

/**
 * Exact conversion of an amount to integer minor units, e.g. ("1500.5", "EUR")
 * → { minor: 150050 }. Never throws: a problem comes back as { error }.
 */
export function parseMoney(
  value: number | string,
  currency: string,
): { minor: number } | { error: string } {
  if (!/^[A-Z]{3}$/.test(currency) || !isKnownCurrency(currency)) {
    return { error: `unknown currency ${JSON.stringify(currency)}` };
  }
  const checked = checkMoney(value, currency);
  if (checked.problem !== undefined) return { error: checked.problem.message };
  return { minor: checked.minor ?? 0 };
}

/**
 * The checks behind parseMoney. With an unknown `currency` the decimals are
 * not limited and `minor` is left out; `label` names the field in messages.
 */
export function checkMoney(
  value: unknown,
  currency: string | undefined,
  label = "amount",
): MoneyCheck {
  if (typeof value === "number") return checkNumber(value, currency, label);
  if (typeof value === "string") return checkString(value, currency, label);
  const got = describeValue(value);
  return {
    problem: { code: "WRONG_TYPE", message: `${label} must be a number like 1500.00, got ${got}` },
  };
}

function checkNumber(value: number, currency: string | undefined, label: string): MoneyCheck {
  if (Number.isNaN(value)) return notANumber(label);
  if (value < 0) return negative(label);
  if (!Number.isFinite(value)) return tooLarge(label, currency);
  return checkDecimal(numberToDecimal(value), currency, label);
}

function checkString(value: string, currency: string | undefined, label: string): MoneyCheck {
  if (DECIMAL.test(value)) return checkDecimal(value, currency, label);
  if (/^\s*-\s*[\d.,]/.test(value)) return negative(label);
  if (
    /^[+-]?[\d.,'\s\u00a0\u202f]*\d[\d.,'\s\u00a0\u202f]*$/.test(value) &&
    /[\d][.,'\s\u00a0\u202f]+\d/.test(value)
  ) {
    return problem(
      "INVALID_AMOUNT",
      `${label} must be digits with a dot before the decimals, got ${quote(value)}`,
      "use 1234.50: no thousands separators, no decimal comma",
    );
  }
  return notANumber(label, value);
}

function checkDecimal(decimal: string, currency: string | undefined, label: string): MoneyCheck {
  const match = DECIMAL.exec(decimal);
  const whole = (match?.[1] ?? "0").replace(/^0+(?=\d)/, "");
  const fraction = match?.[2] ?? "";
  const max = String(MAX_MAJOR_UNITS);
  const overMax =
    whole.length > max.length ||
    (whole.length === max.length && (whole > max || (whole === max && /[1-9]/.test(fraction))));
  if (overMax) return tooLarge(label, currency);
  if (currency === undefined) return {};
  const digits = currencyDigits(currency);
  if (fraction.length > digits) {
    return problem(
      "TOO_MANY_DECIMALS",
      digits === 0
        ? `${label} must be a whole number: ${currency} amounts have no decimals, got ${decimal}`
        : `${label} has ${fraction.length} decimals; ${currency} amounts have at most ${digits}, got ${decimal}`,
      digits === 0 ? `round to whole ${currency}` : `round to ${digits} decimals`,
    );
  }
  return { minor: Number(whole + fraction.padEnd(digits, "0")) };
}

/** The shortest decimal text of a finite, non-negative number, without exponent notation. */
export function numberToDecimal(value: number): string {
  const text = String(value);
  const exponentAt = text.search(/e/i);
  if (exponentAt === -1) return text;
  const mantissa = text.slice(0, exponentAt);
  const exponent = Number(text.slice(exponentAt + 1));
  const point = mantissa.indexOf(".");
  const digits = mantissa.replace(".", "");
  const pointAt = (point === -1 ? mantissa.length : point) + exponent;
  if (pointAt <= 0) return `0.${"0".repeat(-pointAt)}${digits}`;
  if (pointAt >= digits.length) return digits + "0".repeat(pointAt - digits.length);
  return `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}

function maxText(currency: string | undefined): string {
  const digits = currency === undefined ? 2 : currencyDigits(currency);
  return new Intl.NumberFormat("en", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(MAX_MAJOR_UNITS);
}

function problem(code: string, message: string, hint?: string): MoneyCheck {
  return { problem: hint === undefined ? { code, message } : { code, message, hint } };
}

function tooLarge(label: string, currency: string | undefined): MoneyCheck {
  return problem("AMOUNT_TOO_LARGE", `${label} is too large (max ${maxText(currency)})`);
}

function negative(label: string): MoneyCheck {
  return problem(
    "NEGATIVE_AMOUNT",
    `${label} cannot be negative`,
    "give the amount without a minus sign",
  );
}

function notANumber(label: string, value?: string): MoneyCheck {
  const got = value === undefined ? "" : `, got ${value === "" ? "an empty text" : quote(value)}`;
  return problem("INVALID_AMOUNT", `${label} must be a number like 1500.00${got}`);
}

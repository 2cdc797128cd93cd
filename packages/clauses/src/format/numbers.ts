import { ClauseError } from "../errors.js";
import { cached, rememberedText } from "./intl-cache.js";

function finite(value: number, what: string): number {
  if (!Number.isFinite(value)) throw new ClauseError(`${what}: ${value} is not a finite number`);
  return value;
}

/** 1234.5 → "1,234.5" (en-GB). */
export function formatNumber(value: number, locale: string): string {
  const format = () => {
    const numbers = cached(`number|${locale}`, () => {
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
    });
    return numbers.format(finite(value, "number"));
  };
  // A Map key cannot tell -0 from 0, and Intl prints "-0".
  return Object.is(value, -0) ? format() : rememberedText("number", locale, value, format);
}

/** The decimal string of `value` divided by 100, exactly: 1.5 → "0.015". */
function hundredth(value: number): `${number}` {
  const [whole = "0", fraction = ""] = String(Math.abs(value)).split(".");
  const digits = whole.padStart(3, "0");
  const shifted = `${digits.slice(0, -2)}.${digits.slice(-2)}${fraction}`;
  return `${value < 0 ? "-" : ""}${shifted}` as `${number}`;
}

/** 1.5 → "1.5%" (en-GB), "1,5 %" (de). Percent numbers, not fractions. */
export function formatPercent(value: number, locale: string): string {
  finite(value, "percent");
  if (/e/i.test(String(value))) throw new ClauseError(`percent: ${value} is out of range`);
  return rememberedText("percent", locale, value, () => {
    const format = cached(`percent|${locale}`, () => {
      return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 4 });
    });
    // -0 and 0 read the same here: hundredth writes both as "0.00".
    return format.format(hundredth(value));
  });
}

/** "1 post", "3 posts": the count in words of the locale's plural rules. */
export function formatPlural(
  count: number,
  singular: string,
  plural: string,
  locale: string,
): string {
  const rules = cached(`plural|${locale}`, () => new Intl.PluralRules(locale));
  const word = rules.select(finite(count, "plural")) === "one" ? singular : plural;
  return `${formatNumber(count, locale)} ${word}`;
}

/** An enum value as words: "in-progress" → "in progress". */
export function words(value: string): string {
  return value.replace(/-/g, " ");
}

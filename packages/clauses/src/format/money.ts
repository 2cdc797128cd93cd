import { ClauseError } from "../errors.js";
import { cached, rememberedText } from "./intl-cache.js";

export type MoneyLike = { readonly minor: number; readonly currency: string };

/** The formatter and the number of minor-unit digits it shows (JPY 0, EUR 2, KWD 3). */
function currencyFormat(
  locale: string,
  currency: string,
): { format: Intl.NumberFormat; digits: number } {
  return cached(`money|${locale}|${currency}`, () => {
    const format = new Intl.NumberFormat(locale, { style: "currency", currency });
    return { format, digits: format.resolvedOptions().maximumFractionDigits ?? 2 };
  });
}

/**
 * Minor units as an exact decimal string ("123456", 2 → "1234.56"). Intl formats
 * decimal strings without passing them through a binary float.
 */
function toDecimal(minor: number, digits: number): `${number}` {
  const sign = minor < 0 ? "-" : "";
  const units = String(Math.abs(minor)).padStart(digits + 1, "0");
  const whole = units.slice(0, units.length - digits);
  const fraction = units.slice(units.length - digits);
  return `${sign}${whole}${digits > 0 ? `.${fraction}` : ""}` as `${number}`;
}

/**
 * "£1,500.00" for { minor: 150000, currency: "GBP" } in en-GB. Minor units follow
 * the digits Intl gives the currency (JPY 0, EUR 2, KWD 3), as derive's do.
 */
export function formatMoney(amount: MoneyLike, locale: string): string {
  if (!Number.isSafeInteger(amount.minor)) {
    throw new ClauseError(`money: ${amount.minor} is not a whole number of minor units`);
  }
  // -0 and 0 read the same here: toDecimal writes both without a sign.
  return rememberedText("money", locale, `${amount.currency} ${amount.minor}`, () => {
    const { format, digits } = currencyFormat(locale, amount.currency);
    return format.format(toDecimal(amount.minor, digits));
  });
}

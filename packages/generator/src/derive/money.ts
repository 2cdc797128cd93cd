// Thin, typed wrappers over dinero.js: every sum, percentage and split of money in
// derive goes through here, so rounding happens in one place with one stated rule.
import {
  add,
  allocate,
  dinero,
  halfUp,
  multiply,
  subtract,
  toSnapshot,
  transformScale,
  type Dinero,
  type DineroCurrency,
} from "dinero.js";
import * as isoCurrencies from "dinero.js/currencies";
import { currencyDigits, parseMoney } from "@clausework/schema";
import type { MoneyAmount } from "../facts.js";
import { parseDecimal, type ScaledDecimal } from "./decimal.js";
import { DeriveError } from "./errors.js";

export type Money = Dinero<number>;
export type Currency = DineroCurrency<number>;

const isoTable: Readonly<Record<string, Currency>> = isoCurrencies;

/**
 * The currency with the decimals Intl (CLDR) gives it, the same ones parseMoney and the
 * formatting helpers use. dinero's own table follows ISO 4217, which differs for a few
 * currencies (IQD: ISO 3, CLDR 0); one source of digits keeps minor units meaning one thing.
 */
export function currencyOf(code: string): Currency {
  if (!Object.hasOwn(isoTable, code)) {
    throw new DeriveError("CURRENCY_UNKNOWN", `Unknown ISO 4217 currency "${code}"`, "/currency");
  }
  return { code, base: 10, exponent: currencyDigits(code) };
}

export function fromMinor(minor: number, currency: Currency): Money {
  return dinero({ amount: minor, currency });
}

/** An input amount (number or decimal string) as money; `pointer` names it in errors. */
export function fromInput(value: number | string, currency: Currency, pointer: string): Money {
  const parsed = parseMoney(value, currency.code);
  if ("error" in parsed) throw new DeriveError("MONEY_INVALID", parsed.error, pointer);
  return fromMinor(parsed.minor, currency);
}

function scaledPercent(percent: number): ScaledDecimal {
  const parsed = parseDecimal(percent);
  if ("error" in parsed) throw new DeriveError("MONEY_INVALID", `Percentage ${parsed.error}`);
  return parsed;
}

/**
 * `percent` % of `amount`, rounded half up to the minor unit (50 % of 999.99 is 500.00,
 * not 499.99). Exact: the multiplier is the percentage as a scaled integer (12.5 % is
 * 125 at scale 3), so no float touches the amount.
 */
export function percentOf(amount: Money, percent: number): Money {
  const { units, scale } = scaledPercent(percent);
  const product = multiply(amount, { amount: units, scale: scale + 2 });
  return transformScale(product, toSnapshot(amount).scale, halfUp);
}

export function plus(augend: Money, addend: Money): Money {
  return add(augend, addend);
}

export function minus(minuend: Money, subtrahend: Money): Money {
  return subtract(minuend, subtrahend);
}

export function times(amount: Money, count: number): Money {
  return multiply(amount, count);
}

export function total(amounts: readonly Money[], currency: Currency): Money {
  return amounts.reduce(plus, fromMinor(0, currency));
}

/**
 * Percentages as integer ratios on one common scale ([33.33, 33.33, 33.34] becomes
 * [3333, 3333, 3334]). dinero accepts scaled ratios too, but then allocates at the
 * ratios' extra scale (sub-cent shares), so we hand it plain integers instead.
 */
export function percentRatios(percents: readonly number[]): number[] {
  const scaled = percents.map(scaledPercent);
  const scale = Math.max(0, ...scaled.map((ratio) => ratio.scale));
  return scaled.map((ratio) => ratio.units * 10 ** (scale - ratio.scale));
}

/**
 * Splits `amount` by `ratios` so the shares add up to it exactly. dinero gives the
 * leftover minor units one by one to the largest ratios, and among equal ratios to the
 * earliest; we allocate over the reversed list so equal shares leave the odd cent to the
 * last instalment (100.00 by [1, 1, 1] is 33.33, 33.33, 33.34).
 */
export function splitByRatios(amount: Money, ratios: readonly number[]): Money[] {
  if (ratios.length === 0) return [];
  if (ratios.every((ratio) => ratio === 0)) return ratios.map(() => times(amount, 0));
  return allocate(amount, [...ratios].reverse()).reverse();
}

export function toAmount(money: Money): MoneyAmount {
  const snapshot = toSnapshot(money);
  const normalized =
    snapshot.scale === snapshot.currency.exponent
      ? snapshot
      : toSnapshot(transformScale(money, snapshot.currency.exponent, halfUp));
  return { minor: normalized.amount, currency: normalized.currency.code };
}

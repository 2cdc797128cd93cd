// Plain-text figures for messages. Messages are for the person editing the JSON, so
// amounts follow the engagement's locale; nothing here reads the machine's locale.
import { formatMoney } from "@clausework/clauses";
import type { MoneyAmount } from "../facts.js";

/** The documents' own formatting (exact, formatters built once per locale). */
export function money(amount: MoneyAmount, locale: string): string {
  return formatMoney(amount, locale);
}

/** Percentages held as integer ten-thousandths of a percent, so 2 % x 12 is exactly 24 %. */
const PERCENT_SCALE = 10_000;

export function percentUnits(percent: number): number {
  return Math.round(percent * PERCENT_SCALE);
}

export function percentText(units: number): string {
  return `${units / PERCENT_SCALE}%`;
}

export function quoted(text: string): string {
  return `"${text}"`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

// Percentages as exact scaled integers, by string arithmetic: 12.5 is 125 / 10^1.
// (Money amounts go through parseMoney from @clausework/schema.) JSON numbers arrive
// as doubles; their shortest round-trip text is the decimal the author typed.

/** value = units / 10^scale, exactly. */
export type ScaledDecimal = { readonly units: number; readonly scale: number };

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

export function parseDecimal(value: number | string): ScaledDecimal | { error: string } {
  const text = typeof value === "number" ? String(value) : value.trim();
  const match = DECIMAL.exec(text);
  if (match === null) return { error: `"${text}" is not a plain decimal number` };
  const [, sign = "", whole = "", fraction = ""] = match;
  const units = Number(`${sign}${whole}${fraction}`);
  if (!Number.isSafeInteger(units)) return { error: `"${text}" has too many digits` };
  return { units: Object.is(units, -0) ? 0 : units, scale: fraction.length };
}

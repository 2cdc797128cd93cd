// Narrowing of helper arguments. Handlebars passes view values (EscapedText for
// strings), literals from the template (plain strings and numbers) and, last, its
// options object. Every helper checks what it gets and fails loudly otherwise, so a
// missing field never prints as "undefined".
import type { HelperOptions } from "handlebars";
import { EscapedText, rawOf } from "../escaped-text.js";
import { ClauseError } from "../errors.js";

export function isOptions(value: unknown): value is HelperOptions {
  return typeof value === "object" && value !== null && "hash" in value && "data" in value;
}

/** Splits Handlebars' trailing options object from the arguments. */
export function splitArguments(args: readonly unknown[], helper: string) {
  const options = args.at(-1);
  if (!isOptions(options)) throw new ClauseError(`${helper}: called without Handlebars options`);
  return { values: args.slice(0, -1), options };
}

export function describe(value: unknown): string {
  if (value === undefined) return "nothing (a missing field?)";
  if (value instanceof EscapedText) return `text "${rawOf(value) as string}"`;
  return Array.isArray(value) ? "a list" : typeof value;
}

/** A string from a view value or a template literal. */
export function textArgument(value: unknown, helper: string): string {
  const raw = rawOf(value);
  if (typeof raw === "string") return raw;
  if (typeof raw === "number" && Number.isFinite(raw)) return String(raw);
  throw new ClauseError(`${helper}: expected text, got ${describe(value)}`);
}

/** A string written in the template itself, never one from the data. */
export function literalArgument(value: unknown, helper: string): string {
  if (typeof value === "string") return value;
  throw new ClauseError(`${helper}: expected a quoted literal, got ${describe(value)}`);
}

export function numberArgument(value: unknown, helper: string): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  throw new ClauseError(`${helper}: expected a number, got ${describe(value)}`);
}

export function listArgument(value: unknown, helper: string): readonly unknown[] {
  if (Array.isArray(value)) return value;
  throw new ClauseError(`${helper}: expected a list, got ${describe(value)}`);
}

export function recordArgument(value: unknown, helper: string): Readonly<Record<string, unknown>> {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    if (!(value instanceof EscapedText)) return value as Readonly<Record<string, unknown>>;
  }
  throw new ClauseError(`${helper}: expected an object, got ${describe(value)}`);
}

/** The document locale: `locale` at the data root. */
export function localeOf(options: HelperOptions): string {
  const root: unknown = (options.data as { root?: unknown } | undefined)?.root;
  const locale =
    typeof root === "object" && root !== null
      ? rawOf((root as { locale?: unknown }).locale)
      : undefined;
  if (typeof locale !== "string") throw new ClauseError("the template data has no locale");
  return locale;
}

import type { DocumentKind } from "@clausework/model";
import { UserError } from "../errors.js";

export const documentKinds: readonly DocumentKind[] = ["proposal", "contract", "handover"];

/** Output formats, named by their file extension. */
export type Format = "pdf" | "docx" | "html" | "md";
export const formats: readonly Format[] = ["pdf", "docx", "html", "md"];

/** What `--stage` dumps instead of documents: the pipeline's intermediate JSON. */
export type Stage = "resolved" | "facts" | "model";
export const stages: readonly Stage[] = ["resolved", "facts", "model"];

/**
 * Parses a comma-separated option such as `--doc proposal,contract` against the
 * allowed values; the result keeps the canonical order, so `md,pdf` and `pdf,md`
 * build the same thing in the same order.
 */
export function parseChoices<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
): T[] {
  if (value === undefined) return [...allowed];
  const chosen = value
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
  const unknown = chosen.filter((part) => !(allowed as readonly string[]).includes(part));
  if (unknown.length > 0 || chosen.length === 0) {
    const shown = unknown.length > 0 ? `'${unknown.join("', '")}'` : "nothing";
    throw new UserError(`${option} got ${shown}; choose from ${allowed.join(", ")}`);
  }
  return allowed.filter((item) => chosen.includes(item));
}

export function parseStage(value: string | undefined): Stage | undefined {
  if (value === undefined) return undefined;
  const [stage] = parseChoices(value, stages, "--stage");
  if (value.includes(",")) throw new UserError("--stage takes one of resolved, facts, model");
  return stage;
}

/** `--date YYYY-MM-DD`: a real calendar date, checked here so the generator never sees a bad one. */
export function parseDate(value: string | undefined, option = "--date"): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match === null ? undefined : new Date(`${value}T00:00:00Z`);
  if (
    date === undefined ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  ) {
    throw new UserError(`${option} must be a date as YYYY-MM-DD, got '${value}'`);
  }
  return value;
}

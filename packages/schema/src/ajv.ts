import type { ErrorObject } from "ajv";
import { validate } from "./validator.generated.js";

// The schema's validator is compiled ahead of time (scripts/generate-validator.ts),
// so no process or browser worker pays for compiling it.

type GeneratedValidator = ((value: unknown) => boolean) & { errors?: ErrorObject[] | null };

const validator = validate as GeneratedValidator;

/** Schema errors of a value (empty when it conforms). */
export function schemaErrors(value: unknown): ErrorObject[] {
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

import type { FormatValidator } from "ajv/dist/types/index.js";
import { fullFormats } from "ajv-formats/dist/formats.js";

// The string formats the schema uses, by name. The generated validator names
// them as `formats.<name>`, so this object is its only source of formats.

const EMAIL_MAX = 254;
const emailPattern = fullFormats.email;

// ajv-formats' email pattern can backtrack badly on very long input, and ajv
// checks the format even when maxLength already failed: test the length first.
const email: FormatValidator<string> = (value) =>
  value.length <= EMAIL_MAX && (emailPattern instanceof RegExp ? emailPattern.test(value) : false);

export const formats = { date: fullFormats.date, email } as const;

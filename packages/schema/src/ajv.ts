import { Ajv2020 } from "ajv/dist/2020.js";
import type { ErrorObject } from "ajv";
import type { FormatValidator } from "ajv/dist/types/index.js";
import { fullFormats } from "ajv-formats/dist/formats.js";
import { currencyKeyword, moneyKeyword, textKeyword, timeZoneKeyword } from "./keywords.js";
import { engagementSchema } from "./schema-info.js";

// One ajv instance, one compiled validator, built when the module loads.
// strict: unknown keywords and loose types in the schema are bugs; allErrors:
// people fix a file in one go; allowUnionTypes: money is number | string;
// verbose: errors carry the failing data and schema for messages; no $data.

const EMAIL_MAX = 254;
const dateFormat = fullFormats.date;
const emailPattern = fullFormats.email;

// ajv-formats' email pattern can backtrack badly on very long input, and ajv
// checks the format even when maxLength already failed: test the length first.
const email: FormatValidator<string> = (value) =>
  value.length <= EMAIL_MAX && (emailPattern instanceof RegExp ? emailPattern.test(value) : false);

const ajv = new Ajv2020({
  strict: true,
  allErrors: true,
  allowUnionTypes: true,
  verbose: true,
  $data: false,
  messages: false,
});
ajv.addFormat("date", dateFormat);
ajv.addFormat("email", email);
for (const definition of [textKeyword, moneyKeyword, timeZoneKeyword, currencyKeyword])
  ajv.addKeyword(definition);

const validator = ajv.compile(engagementSchema);

/** Schema errors of a value (empty when it conforms). */
export function schemaErrors(value: unknown): ErrorObject[] {
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

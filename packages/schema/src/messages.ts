import type { ErrorObject } from "ajv";
import { invalidDateMessage } from "./date-message.js";
import { error, warning, type Finding } from "./diagnostic.js";
import { joinPointer } from "./pointer.js";
import { describeValue } from "./safe-text.js";
import { article, param, parentSchema, withHint, type Handler } from "./message-helpers.js";
import { capitalize, isRequiredAt, labelAt, schemaAt, stringAt } from "./schema-info.js";
import {
  maxItems,
  maxLength,
  maxProperties,
  minItems,
  minLength,
  uniqueItems,
} from "./size-messages.js";
import { didYouMean } from "./suggest.js";
import { additionalProperties, propertyNames } from "./key-messages.js";

// Friendly messages for ajv errors, built from the schema's titles,
// descriptions and examples. One function per keyword; each returns a finding
// with a stable code, or undefined when another error already says it.

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: "a text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
  null: "null",
};

function requiredFinding(pointer: string, isNull: boolean): Finding {
  const description = schemaAt(pointer)?.description;
  const finding = error("REQUIRED", pointer, `${capitalize(labelAt(pointer))} is required`);
  return withHint(finding, isNull ? "null counts as missing: give a value" : description);
}

const required: Handler = (error) => {
  const missing = String(param(error, "missingProperty"));
  return requiredFinding(joinPointer(error.instancePath, missing), false);
};

const type: Handler = (failure, label) => {
  if (parentSchema(failure)["x-money"] === true) return undefined;
  if (failure.data === null && isRequiredAt(failure.instancePath))
    return requiredFinding(failure.instancePath, true);
  const wanted = String(param(failure, "type"))
    .split(",")
    .map((name) => TYPE_WORDS[name] ?? name)
    .join(" or ");
  if (typeof failure.data === "number" && !Number.isFinite(failure.data)) {
    return error(
      "OUT_OF_RANGE",
      failure.instancePath,
      `${label} is too large`,
      "give a smaller number",
    );
  }
  const finding = error(
    "WRONG_TYPE",
    failure.instancePath,
    `${label} must be ${wanted}, got ${describeValue(failure.data)}`,
  );
  return withHint(
    finding,
    failure.data === null ? "leave the field out instead of writing null" : undefined,
  );
};

const enumeration: Handler = (failure, label) => {
  const allowed = (param(failure, "allowedValues") as unknown[] | undefined) ?? [];
  const names = allowed.map(String);
  const got = describeValue(failure.data);
  const finding = error(
    "NOT_ALLOWED",
    failure.instancePath,
    `${label} must be one of ${names.join(", ")}, got ${got}`,
  );
  return withHint(
    finding,
    typeof failure.data === "string" ? didYouMean(failure.data, names) : undefined,
  );
};

const range: Handler = (failure, label) => {
  const schema = parentSchema(failure);
  const [minimum, maximum] = [schema.minimum, schema.maximum];
  const got = describeValue(failure.data);
  const message =
    typeof minimum === "number" && typeof maximum === "number"
      ? `${label} must be between ${minimum} and ${maximum}, got ${got}`
      : failure.keyword === "minimum"
        ? `${label} must be at least ${String(minimum)}, got ${got}`
        : `${label} must be at most ${String(maximum)}, got ${got}`;
  return error("OUT_OF_RANGE", failure.instancePath, message);
};

// "from must be a time like 09:30": the pattern's owner names the kind of value
// and gives an example; its description becomes the hint.
const pattern: Handler = (failure, label) => {
  const schema = parentSchema(failure);
  const kind = stringAt(schema, "title");
  const examples = schema.examples;
  const example =
    Array.isArray(examples) && typeof examples[0] === "string" ? examples[0] : undefined;
  const expected =
    kind !== undefined && example !== undefined
      ? `must be ${article(kind)} like ${example}`
      : "is not in the expected form";
  const finding = error(
    "INVALID_FORMAT",
    failure.instancePath,
    `${label} ${expected}, got ${describeValue(failure.data)}`,
  );
  return withHint(finding, stringAt(schema, "description"));
};

const format: Handler = (failure, label) => {
  if (param(failure, "format") === "date" && typeof failure.data === "string") {
    const { message, hint } = invalidDateMessage(label, failure.data);
    return error("INVALID_DATE", failure.instancePath, message, hint);
  }
  return pattern(failure, label);
};

// Our own keywords put the final code and message in params.
const custom: Handler = (failure) => {
  const code = String(param(failure, "code"));
  const message = String(param(failure, "message"));
  const hint = param(failure, "hint");
  const make = param(failure, "warning") === true ? warning : error;
  return make(code, failure.instancePath, message, typeof hint === "string" ? hint : undefined);
};

const HANDLERS: Readonly<Record<string, Handler>> = {
  required,
  type,
  enum: enumeration,
  minimum: range,
  maximum: range,
  pattern,
  format,
  additionalProperties,
  propertyNames,
  minLength,
  maxLength,
  minItems,
  maxItems,
  maxProperties,
  uniqueItems,
  "x-text": custom,
  "x-money": custom,
  "x-timezone": custom,
  "x-currency": custom,
};

/** A finding for one ajv error, or undefined when it adds nothing. */
export function schemaErrorFinding(failure: ErrorObject): Finding | undefined {
  // Errors inside propertyNames repeat what the propertyNames error says.
  if (failure.propertyName !== undefined) return undefined;
  const label = labelAt(failure.instancePath);
  const handler = Object.hasOwn(HANDLERS, failure.keyword) ? HANDLERS[failure.keyword] : undefined;
  if (handler !== undefined) return handler(failure, label);
  return error(
    "SCHEMA",
    failure.instancePath,
    `${label} does not match the schema (${failure.keyword})`,
  );
}

import type { ErrorObject } from "ajv";
import { error } from "./diagnostic.js";
import { param, type Handler } from "./message-helpers.js";
import { joinPointer } from "./pointer.js";
import { describeValue } from "./safe-text.js";
import { isRequiredAt, isSchemaNode } from "./schema-info.js";

// Messages for length and count limits: empty or too long texts, too few or
// too many items, repeated items.

export const minLength: Handler = (failure, label) => {
  const hint = isRequiredAt(failure.instancePath)
    ? "write something"
    : "write something, or leave the field out";
  return error("BLANK_TEXT", failure.instancePath, `${label} is empty`, hint);
};

export const maxLength: Handler = (failure, label) => {
  const length = typeof failure.data === "string" ? Array.from(failure.data).length : 0;
  const limit = String(param(failure, "limit"));
  return error(
    "TOO_LONG",
    failure.instancePath,
    `${label} is too long: ${length} characters, at most ${limit}`,
  );
};

const count = (failure: ErrorObject) => (Array.isArray(failure.data) ? failure.data.length : 0);

export const minItems: Handler = (failure, label) => {
  const limit = Number(param(failure, "limit"));
  const message = `${label} needs at least ${limit} ${limit === 1 ? "item" : "items"}, got ${count(failure)}`;
  return error("TOO_FEW", failure.instancePath, message);
};

export const maxItems: Handler = (failure, label) => {
  const message = `${label} has ${count(failure)} items, at most ${String(param(failure, "limit"))}`;
  return error("TOO_MANY", failure.instancePath, message);
};

export const maxProperties: Handler = (failure, label) => {
  const keys = isSchemaNode(failure.data) ? Object.keys(failure.data).length : 0;
  const message = `${label} has ${keys} keys, at most ${String(param(failure, "limit"))}`;
  return error("TOO_MANY", failure.instancePath, message);
};

export const uniqueItems: Handler = (failure, label) => {
  const later = Math.max(Number(param(failure, "i")), Number(param(failure, "j")));
  const item: unknown = Array.isArray(failure.data) ? failure.data[later] : undefined;
  const message = `${label} lists ${describeValue(item)} more than once`;
  return error(
    "DUPLICATE_ITEM",
    joinPointer(failure.instancePath, later),
    message,
    "remove the repeated item",
  );
};

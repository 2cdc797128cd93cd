import { error } from "./diagnostic.js";
import { param, parentSchema, type Handler } from "./message-helpers.js";
import { displayPointer, joinPointer } from "./pointer.js";
import { quoteKey } from "./safe-text.js";
import { isSchemaNode, stringAt } from "./schema-info.js";
import { didYouMean } from "./suggest.js";

// Messages about keys: unknown ones (with a did-you-mean over the allowed
// keys) and metadata keys that break the naming rule. Both point at the key.

const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export const additionalProperties: Handler = (failure) => {
  const key = String(param(failure, "additionalProperty"));
  const allowed = Object.keys(parentSchema(failure).properties ?? {});
  const hint = RESERVED_KEYS.has(key)
    ? `${key} is never a valid key: programs reading the file could treat it as part of the language`
    : (didYouMean(key, allowed) ?? `allowed keys here: ${allowed.join(", ")}`);
  const message = `unknown key ${quoteKey(key)} in ${displayPointer(failure.instancePath)}`;
  return {
    ...error("UNKNOWN_KEY", joinPointer(failure.instancePath, key), message, hint),
    at: "key",
  };
};

export const propertyNames: Handler = (failure) => {
  const key = String(param(failure, "propertyName"));
  const names = parentSchema(failure).propertyNames;
  const rule = isSchemaNode(names) ? names : {};
  const message = `${stringAt(rule, "title") ?? "key"} ${quoteKey(key)} is not allowed`;
  const finding = error(
    "INVALID_KEY",
    joinPointer(failure.instancePath, key),
    message,
    stringAt(rule, "description"),
  );
  return { ...finding, at: "key" };
};

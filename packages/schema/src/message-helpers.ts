import type { ErrorObject } from "ajv";
import type { Finding } from "./diagnostic.js";
import { isSchemaNode, type SchemaNode } from "./schema-info.js";

/** Turns one ajv error into a finding; `label` names the failing field. */
export type Handler = (error: ErrorObject, label: string) => Finding | undefined;

export function param(error: ErrorObject, name: string): unknown {
  const params: unknown = error.params;
  return isSchemaNode(params) && Object.hasOwn(params, name) ? params[name] : undefined;
}

/** The schema object holding the failing keyword (ajv's verbose mode). */
export function parentSchema(error: ErrorObject): SchemaNode {
  return isSchemaNode(error.parentSchema) ? error.parentSchema : {};
}

export function withHint(finding: Finding, hint: string | undefined): Finding {
  return hint === undefined ? finding : { ...finding, hint };
}

export function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

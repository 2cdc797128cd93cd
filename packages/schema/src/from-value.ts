import {
  MAX_ITEMS,
  normaliseLineBreaks,
  setMember,
  tooManyItemsMessage,
  type JsonObject,
} from "./build-value.js";
import { error, type Finding } from "./diagnostic.js";
import { secretKeyFinding } from "./key-checks.js";
import { MAX_BYTES } from "./parse.js";
import { displayPointer, joinPointer } from "./pointer.js";
import { MAX_DEPTH } from "./prescan.js";

export type Copied = { value: unknown; findings: Finding[]; complete: boolean };

// Enough for any real engagement; stops a shared sub-object referenced from
// many places (a DAG that unfolds exponentially) from running away.
const MAX_NODES = 200_000;

type Context = Copied & { nodes: number; chars: number; ancestors: Set<object> };

/**
 * A value handed to validateValue, copied into fresh plain JSON data: the
 * same limits as for text (depth, items, size), secret keys, and anything
 * that is not JSON (functions, dates, class instances, cycles) reported.
 * Properties set to undefined count as absent, as JSON.stringify has it.
 */
export function copyValue(input: unknown): Copied {
  const context: Context = {
    value: undefined,
    findings: [],
    complete: true,
    nodes: 0,
    chars: 0,
    ancestors: new Set(),
  };
  context.value = copy(input, "", 1, context);
  return { value: context.value, findings: context.findings, complete: context.complete };
}

function stop(context: Context, finding: Finding): null {
  context.findings.push(finding);
  context.complete = false;
  return null;
}

function copy(value: unknown, pointer: string, depth: number, context: Context): unknown {
  if (!context.complete) return null;
  context.nodes++;
  if (context.nodes > MAX_NODES || context.chars > MAX_BYTES) {
    return stop(context, error("TOO_LARGE", "", "the value is too large: more than 1 MiB of data"));
  }
  if (typeof value === "string") {
    context.chars += value.length;
    return normaliseLineBreaks(value);
  }
  if (typeof value === "number" || typeof value === "boolean" || value === null) return value;
  if (typeof value !== "object") return stop(context, notJson(pointer, kindOf(value)));
  if (context.ancestors.has(value)) return stop(context, notJson(pointer, "a reference to itself"));
  if (depth > MAX_DEPTH) {
    const message = `the value nests lists and objects more than ${MAX_DEPTH} levels deep`;
    return stop(context, error("TOO_DEEP", pointer, message));
  }
  context.ancestors.add(value);
  try {
    return copyContainer(value, pointer, depth, context);
  } catch (caught) {
    // Throwing getters and proxy traps: say where, and read no further.
    const reason = caught instanceof Error ? caught.message : "it threw";
    return stop(context, notJson(pointer, `unreadable (${reason})`));
  } finally {
    context.ancestors.delete(value);
  }
}

function copyContainer(value: object, pointer: string, depth: number, context: Context): unknown {
  if (Array.isArray(value)) return copyArray(value, pointer, depth, context);
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    const kind =
      value instanceof Date ? "a Date (write dates as text like 2027-03-01)" : "not a plain object";
    return stop(context, notJson(pointer, kind));
  }
  return copyObject(value as Readonly<Record<string, unknown>>, pointer, depth, context);
}

function copyArray(
  value: readonly unknown[],
  pointer: string,
  depth: number,
  context: Context,
): unknown[] | null {
  if (value.length > MAX_ITEMS) return tooMany(pointer, value.length, "items", context);
  const out: unknown[] = [];
  for (let index = 0; index < value.length; index++) {
    const item = value[index];
    const child = joinPointer(pointer, index);
    if (item === undefined) return stop(context, notJson(child, "undefined"));
    out.push(copy(item, child, depth + 1, context));
  }
  return out;
}

function copyObject(
  value: Readonly<Record<string, unknown>>,
  pointer: string,
  depth: number,
  context: Context,
): JsonObject | null {
  const keys = Object.keys(value);
  if (keys.length > MAX_ITEMS) return tooMany(pointer, keys.length, "keys", context);
  const out: JsonObject = {};
  for (const key of keys) {
    const item = value[key];
    if (item === undefined) continue;
    const child = joinPointer(pointer, key);
    context.chars += key.length;
    const secret = secretKeyFinding(key, child);
    if (secret !== undefined) context.findings.push(secret);
    setMember(out, key, copy(item, child, depth + 1, context));
  }
  return out;
}

function tooMany(pointer: string, count: number, what: "items" | "keys", context: Context): null {
  const message = tooManyItemsMessage(displayPointer(pointer), count, what);
  return stop(context, error("TOO_MANY_ITEMS", pointer, message));
}

function kindOf(value: unknown): string {
  return value === undefined ? "undefined" : `a ${typeof value}`;
}

function notJson(pointer: string, kind: string): Finding {
  return error(
    "NOT_JSON",
    pointer,
    `${displayPointer(pointer)} is ${kind}, which JSON cannot hold`,
  );
}

import type { MemberNode, ObjectNode, ValueNode } from "@humanwhocodes/momoa";
import {
  MAX_ITEMS,
  normaliseLineBreaks,
  setMember,
  tooManyItemsMessage,
  type JsonObject,
} from "./build-value.js";
import { error, type Finding } from "./diagnostic.js";
import { secretKeyFinding } from "./key-checks.js";
import { displayPointer, joinPointer } from "./pointer.js";
import type { Place, Position } from "./positions.js";
import { quoteKey } from "./safe-text.js";

export type Converted = {
  value: unknown;
  positions: Map<string, Place>;
  findings: Finding[];
  /** False when a size limit stopped the conversion: do not validate further. */
  complete: boolean;
};

type Context = Converted;

/**
 * The parser's tree as a plain value, with the source position of every
 * pointer, duplicate and secret keys found on the way. Depth is bounded by
 * the prescan, so recursion is safe here.
 */
export function astToValue(root: ValueNode): Converted {
  const context: Context = { value: undefined, positions: new Map(), findings: [], complete: true };
  context.positions.set("", { value: start(root) });
  context.value = convert(root, "", context);
  return context;
}

function start(node: { loc: { start: Position } }): Position {
  return { line: node.loc.start.line, column: node.loc.start.column };
}

function convert(node: ValueNode, pointer: string, context: Context): unknown {
  switch (node.type) {
    case "Object":
      return convertObject(node, pointer, context);
    case "Array": {
      if (node.elements.length > MAX_ITEMS)
        return tooMany(pointer, node.elements.length, "items", [], context);
      return node.elements.map((element, index) => {
        const child = joinPointer(pointer, index);
        context.positions.set(child, { value: start(element.value) });
        return convert(element.value, child, context);
      });
    }
    case "String":
      return normaliseLineBreaks(node.value);
    case "Number":
    case "Boolean":
      return node.value;
    default:
      // Null; NaN and Infinity nodes exist only in JSON5 mode, which we never use.
      return null;
  }
}

function convertObject(node: ObjectNode, pointer: string, context: Context): JsonObject {
  const target: JsonObject = {};
  if (node.members.length > MAX_ITEMS)
    return tooMany(pointer, node.members.length, "keys", target, context);
  const seen = new Map<string, MemberNode>();
  for (const member of node.members) {
    const key = member.name.type === "String" ? member.name.value : member.name.name;
    const child = joinPointer(pointer, key);
    const earlier = seen.get(key);
    if (earlier !== undefined) context.findings.push(duplicate(key, pointer, child, earlier));
    seen.set(key, member);
    const secret = secretKeyFinding(key, child);
    if (secret !== undefined) context.findings.push(secret);
    context.positions.set(child, { value: start(member.value), key: start(member.name) });
    setMember(target, key, convert(member.value, child, context));
  }
  return target;
}

function duplicate(key: string, pointer: string, child: string, earlier: MemberNode): Finding {
  return {
    ...error(
      "DUPLICATE_KEY",
      child,
      `duplicate key ${quoteKey(key).slice(1, -1)} at ${displayPointer(pointer)}`,
      `JSON keeps only the last one, so the value at line ${earlier.loc.start.line} would be silently ignored; remove one of them`,
    ),
    at: "key",
  };
}

function tooMany<T>(
  pointer: string,
  count: number,
  what: "items" | "keys",
  empty: T,
  context: Context,
): T {
  context.findings.push(
    error("TOO_MANY_ITEMS", pointer, tooManyItemsMessage(displayPointer(pointer), count, what)),
  );
  context.complete = false;
  return empty;
}

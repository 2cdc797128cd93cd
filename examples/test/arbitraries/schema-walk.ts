// Walks a value alongside the engagement schema, so mutations know what each
// place in a generated engagement is (its type, range, format, keywords) and
// where it is (its JSON pointer). Reads the schema file itself: the mutations
// follow the schema as it is, not a copy of it.
import { readFileSync } from "node:fs";

export type SchemaNode = { readonly [keyword: string]: unknown };
export type Json = Record<string, unknown>;

const schemaFile = new URL("../../../schemas/engagement.schema.json", import.meta.url);
const rootSchema = JSON.parse(readFileSync(schemaFile, "utf8")) as SchemaNode;
const definitions = (rootSchema.$defs ?? {}) as Readonly<Record<string, SchemaNode>>;

export const isNode = (value: unknown): value is SchemaNode =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The node with its $ref followed; the referring node's own keywords win. */
export function resolved(node: SchemaNode): SchemaNode {
  const ref = node.$ref;
  if (typeof ref !== "string") return node;
  const target = definitions[ref.replace("#/$defs/", "")];
  if (target === undefined) throw new Error(`schema-walk: unknown $ref ${ref}`);
  const own = Object.fromEntries(Object.entries(node).filter(([keyword]) => keyword !== "$ref"));
  return { ...resolved(target), ...own };
}

export type Place = {
  readonly pointer: string;
  readonly schema: SchemaNode;
  readonly value: unknown;
};

const escapeSegment = (key: string) => key.replaceAll("~", "~0").replaceAll("/", "~1");

export const childPointer = (pointer: string, key: string | number): string =>
  `${pointer}/${escapeSegment(String(key))}`;

function childSchema(schema: SchemaNode, key: string): SchemaNode | undefined {
  const properties = schema.properties;
  if (isNode(properties) && Object.hasOwn(properties, key)) {
    const node = properties[key];
    return isNode(node) ? node : undefined;
  }
  return isNode(schema.additionalProperties) ? schema.additionalProperties : undefined;
}

/** Every place in `value` the schema describes, parents before children, in key order. */
export function places(value: unknown, schema: SchemaNode = rootSchema, pointer = ""): Place[] {
  const here = resolved(schema);
  const found: Place[] = [{ pointer, schema: here, value }];
  if (Array.isArray(value) && isNode(here.items)) {
    const items = here.items;
    value.forEach((item, index) =>
      found.push(...places(item, items, childPointer(pointer, index))),
    );
  } else if (isObject(value)) {
    for (const key of Object.keys(value)) {
      const child = childSchema(here, key);
      if (child !== undefined) found.push(...places(value[key], child, childPointer(pointer, key)));
    }
  }
  return found;
}

function segments(pointer: string): string[] {
  return pointer
    .split("/")
    .slice(1)
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** The container of the value at `pointer` and the key (or index) of the value in it. */
function parentOf(root: unknown, pointer: string): { container: Json | unknown[]; key: string } {
  const path = segments(pointer);
  const key = path.pop();
  let node: unknown = root;
  for (const segment of path) node = (node as Json)[segment];
  if (key === undefined || typeof node !== "object" || node === null) {
    throw new Error(`schema-walk: no parent at ${pointer}`);
  }
  return { container: node as Json | unknown[], key };
}

export function getAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of segments(pointer)) node = (node as Json)[segment];
  return node;
}

/** Sets (or, with undefined, deletes) the value at `pointer`; "__proto__" becomes a plain key. */
export function setAt(root: unknown, pointer: string, value: unknown): void {
  const { container, key } = parentOf(root, pointer);
  if (Array.isArray(container)) {
    container[Number(key)] = value;
  } else if (value === undefined) {
    Reflect.deleteProperty(container, key);
  } else {
    Object.defineProperty(container, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
}

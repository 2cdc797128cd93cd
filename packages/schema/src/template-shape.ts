// The shape custom clauses are checked against, built once from the engagement's
// JSON Schema (so a new field is known to custom clauses the day it is added) and
// completed by @clausework/clauses with what compose adds (facts, deadlines, hours).
import {
  AMOUNT,
  BOOLEAN,
  list,
  NUMBER,
  object,
  templateDataShape,
  text,
  type ObjectShape,
  type Shape,
  type TextFormat,
} from "@clausework/clauses";
import {
  childNode,
  engagementSchema,
  isSchemaNode,
  resolveRef,
  stringAt,
  type SchemaNode,
} from "./schema-info.js";

/** $defs whose strings a helper reads in one form: the date, time and weekday helpers. */
const FORMATS_BY_DEF: Readonly<Record<string, TextFormat>> = {
  calendarDate: "date",
  time: "time",
  timeZone: "zone",
  weekday: "weekday",
};

function refName(node: SchemaNode): string | undefined {
  const ref = stringAt(node, "$ref");
  return ref?.startsWith("#/$defs/") === true ? ref.slice("#/$defs/".length) : undefined;
}

function textShape(node: SchemaNode, format: TextFormat | undefined): Shape {
  const values = Array.isArray(node["enum"])
    ? node["enum"].filter((value): value is string => typeof value === "string")
    : undefined;
  return text(format ?? (node["format"] === "date" ? "date" : undefined), values);
}

function objectShape(node: SchemaNode): Shape {
  const properties = childNode(node, "properties") ?? {};
  const fields: Record<string, Shape> = {};
  for (const [name, property] of Object.entries(properties)) {
    if (isSchemaNode(property)) fields[name] = shapeOfSchema(property);
  }
  return object(fields);
}

/** The shape of values a schema node allows, following $refs. */
function shapeOfSchema(node: SchemaNode): Shape {
  const name = refName(node);
  const resolved = resolveRef(node);
  const format = name === undefined ? undefined : FORMATS_BY_DEF[name];
  const type = resolved["type"];
  if (Array.isArray(type) || resolved["x-money"] === true) return AMOUNT;
  switch (type) {
    case "object":
      return objectShape(resolved);
    case "array": {
      const items = childNode(resolved, "items");
      return list(items === undefined ? text() : shapeOfSchema(items));
    }
    case "integer":
    case "number":
      return NUMBER;
    case "boolean":
      return BOOLEAN;
    default:
      return textShape(resolved, format);
  }
}

let cached: ObjectShape | undefined;

/** What a custom clause sees: the engagement's printable fields plus what compose adds. */
export function customClauseShape(): ObjectShape {
  if (cached === undefined) {
    const engagement = shapeOfSchema(engagementSchema);
    if (engagement.kind !== "object") throw new Error("the engagement schema is not an object");
    cached = templateDataShape(engagement);
  }
  return cached;
}

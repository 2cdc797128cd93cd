import schemaJson from "@clausework/schemas/engagement.schema.json" with { type: "json" };
import { isIndexSegment, parentPointer, splitPointer } from "./pointer.js";

// Messages name fields by the schema's titles. This walks the schema along an
// instance pointer; a property's own title and description win over those of
// the $def it references.

export type SchemaNode = { readonly [key: string]: unknown };

export type SchemaLocation = {
  /** The schema at the location, with $refs followed. */
  schema: SchemaNode;
  title: string | undefined;
  description: string | undefined;
  /** True when the title comes from a referenced $def rather than the property itself. */
  inheritedTitle: boolean;
};

export const engagementSchema: SchemaNode = schemaJson as unknown as SchemaNode;

export function isSchemaNode(value: unknown): value is SchemaNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function stringAt(node: SchemaNode, key: string): string | undefined {
  const value = Object.hasOwn(node, key) ? node[key] : undefined;
  return typeof value === "string" ? value : undefined;
}

export function childNode(node: SchemaNode, key: string): SchemaNode | undefined {
  const value = Object.hasOwn(node, key) ? node[key] : undefined;
  return isSchemaNode(value) ? value : undefined;
}

/** Follows "#/$defs/…" references (the only kind this schema uses). */
export function resolveRef(node: SchemaNode): SchemaNode {
  let current = node;
  for (let hops = 0; hops < 10; hops++) {
    const ref = stringAt(current, "$ref");
    const name = ref?.startsWith("#/$defs/") ? ref.slice("#/$defs/".length) : undefined;
    const target =
      name === undefined ? undefined : childNode(childNode(engagementSchema, "$defs") ?? {}, name);
    if (target === undefined) return current;
    current = target;
  }
  return current;
}

function step(parent: SchemaNode, segment: string): SchemaNode | undefined {
  const items = childNode(parent, "items");
  if (items !== undefined) return isIndexSegment(segment) ? items : undefined;
  const property = childNode(childNode(parent, "properties") ?? {}, segment);
  return property ?? childNode(parent, "additionalProperties");
}

/** The schema of a child (property or item) of a value whose schema is `parent`, references followed. */
export function childSchema(parent: SchemaNode, segment: string): SchemaNode | undefined {
  const next = step(parent, segment);
  return next === undefined ? undefined : resolveRef(next);
}

export function schemaAt(pointer: string): SchemaLocation | undefined {
  let wrapper: SchemaNode = engagementSchema;
  let resolved: SchemaNode = engagementSchema;
  for (const segment of splitPointer(pointer)) {
    const next = step(resolved, segment);
    if (next === undefined) return undefined;
    wrapper = next;
    resolved = resolveRef(next);
  }
  const ownTitle = stringAt(wrapper, "title");
  return {
    schema: resolved,
    title: ownTitle ?? stringAt(resolved, "title"),
    description: stringAt(wrapper, "description") ?? stringAt(resolved, "description"),
    inheritedTitle: ownTitle === undefined,
  };
}

/**
 * A field's name for messages: its title, prefixed with its parent's name when
 * the title alone is too generic ("client name", "milestone 3 owner"). Items of
 * object lists are numbered from 1 ("deliverable 2").
 */
export function labelAt(pointer: string): string {
  const segments = splitPointer(pointer);
  const last = segments.at(-1);
  if (last === undefined) return "the engagement";
  const location = schemaAt(pointer);
  const parent = parentPointer(pointer);
  if (isIndexSegment(last) && schemaAt(parent)?.schema.type === "array") {
    return location?.schema.type === "object" && location.title !== undefined
      ? `${location.title} ${Number(last) + 1}`
      : `${labelAt(parent)} item ${Number(last) + 1}`;
  }
  const title = location?.title ?? last;
  if (segments.length === 1) return title;
  const generic = location === undefined || location.inheritedTitle || !title.includes(" ");
  return generic ? `${labelAt(parent)} ${title}` : title;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether the parent object of `pointer` lists its last segment as required. */
export function isRequiredAt(pointer: string): boolean {
  const segments = splitPointer(pointer);
  const last = segments.at(-1);
  if (last === undefined) return false;
  const required = schemaAt(parentPointer(pointer))?.schema.required;
  return Array.isArray(required) && required.includes(last);
}

// Mutations driven by the schema: each finds the places in a valid engagement it
// can break (from schema-walk) and breaks the `pick`-th one, in place. Each
// returns the pointer the validator must blame, or undefined when the
// engagement has no such place.
import { digitsOf } from "./scalars.js";
import {
  childPointer,
  getAt,
  isNode,
  isObject,
  places,
  setAt,
  type Json,
  type Place,
} from "./schema-walk.js";

export type Mutate = (engagement: Json, pick: number) => string | undefined;

export function choose<T>(candidates: readonly T[], pick: number): T | undefined {
  return candidates.length === 0 ? undefined : candidates[pick % candidates.length];
}

export const choosePlace = (engagement: Json, pick: number, fits: (place: Place) => boolean) =>
  choose(
    places(engagement).filter((place) => place.pointer !== "" && fits(place)),
    pick,
  );

export const dropRequired: Mutate = (engagement, pick) => {
  const candidates = places(engagement).flatMap(({ pointer, schema, value }) =>
    isObject(value) && Array.isArray(schema.required)
      ? schema.required
          .filter((key): key is string => typeof key === "string" && Object.hasOwn(value, key))
          .map((key) => childPointer(pointer, key))
      : [],
  );
  const pointer = choose(candidates, pick);
  if (pointer !== undefined) setAt(engagement, pointer, undefined);
  return pointer;
};

function jsonTypes(value: unknown): string[] {
  if (value === null) return ["null"];
  if (Array.isArray(value)) return ["array"];
  if (typeof value === "number")
    return Number.isInteger(value) ? ["number", "integer"] : ["number"];
  return [typeof value];
}

const REPLACEMENTS: readonly unknown[] = [true, 42, "text", [], {}, null, 1.5, "2027-03-01"];

export const wrongType: Mutate = (engagement, pick) => {
  const place = choosePlace(engagement, pick, ({ schema }) => schema.type !== undefined);
  if (place === undefined) return undefined;
  const allowed = [place.schema.type].flat();
  const wrong = REPLACEMENTS.filter(
    (value) => !jsonTypes(value).some((type) => allowed.includes(type)),
  );
  setAt(engagement, place.pointer, choose(wrong, pick >> 4));
  return place.pointer;
};

/** A number past its minimum or maximum, a text past its length limits, a list below its minimum. */
export const outOfRange: Mutate = (engagement, pick) => {
  const place = choosePlace(engagement, pick, ({ schema, value }) =>
    typeof value === "number"
      ? typeof schema.maximum === "number" || typeof schema.minimum === "number"
      : typeof value === "string"
        ? typeof schema.maxLength === "number" || typeof schema.minLength === "number"
        : Array.isArray(value) && typeof schema.minItems === "number" && schema.minItems > 0,
  );
  if (place === undefined) return undefined;
  const { schema, value } = place;
  const step = schema.type === "integer" ? 1 : 0.5;
  const broken =
    typeof value === "number"
      ? typeof schema.maximum === "number" && (pick & 1 || typeof schema.minimum !== "number")
        ? schema.maximum + step
        : Number(schema.minimum) - step
      : typeof value === "string"
        ? typeof schema.maxLength === "number" && (pick & 1 || schema.minLength === undefined)
          ? "é".repeat(schema.maxLength + 1)
          : ""
        : [];
  setAt(engagement, place.pointer, broken);
  return place.pointer;
};

const BAD_DATES = [
  "2027-02-30",
  "2026-02-29",
  "2027-04-31",
  "2027-13-01",
  "2027-00-10",
  "2027-1-5",
  "2027/01/05",
  "01.05.2027",
];

export const invalidDate: Mutate = (engagement, pick) => {
  const place = choosePlace(engagement, pick, ({ schema }) => schema.format === "date");
  if (place !== undefined) setAt(engagement, place.pointer, choose(BAD_DATES, pick >> 4));
  return place?.pointer;
};

const UNKNOWN_KEYS = [
  "colour",
  "notes",
  "amountText",
  "__proto__",
  "constructor",
  "Name",
  "titel",
  "x",
];

export const unknownKey: Mutate = (engagement, pick) => {
  const place = choosePlace(
    engagement,
    pick,
    ({ schema, value }) => isObject(value) && schema.additionalProperties === false,
  );
  if (place === undefined) return undefined;
  const properties = isNode(place.schema.properties) ? place.schema.properties : {};
  const keys = UNKNOWN_KEYS.filter((key) => !Object.hasOwn(properties, key));
  const pointer = childPointer(place.pointer, choose(keys, pick >> 4) ?? "colour");
  setAt(engagement, pointer, pick & 1 ? "value" : { nested: true });
  return pointer;
};

/** Prefix of a key that near-valid.ts renames, in the file text, to the key it names. */
export const DUPLICATE_MARKER = "__duplicate__";

/** A key given twice in one object (JSON.parse would silently keep the last). */
export const duplicateKey: Mutate = (engagement, pick) => {
  const place = choosePlace(
    engagement,
    pick,
    ({ value }) => isObject(value) && Object.keys(value).length > 0,
  );
  const object = (place?.value ?? engagement) as Json;
  const key = choose(Object.keys(object), pick >> 4) ?? "id";
  setAt(engagement, childPointer(place?.pointer ?? "", DUPLICATE_MARKER + key), object[key]);
  return childPointer(place?.pointer ?? "", key);
};

const isMoney = ({ schema }: Place) => schema["x-money"] === true;

export const negativeAmount: Mutate = (engagement, pick) => {
  const place = choosePlace(engagement, pick, isMoney);
  if (place === undefined) return undefined;
  const value = place.value;
  setAt(
    engagement,
    place.pointer,
    typeof value === "number" ? -(value || 1500) : `-${String(value)}`,
  );
  return place.pointer;
};

/** One decimal more than the currency has: "12.345" in EUR, "12.5" in JPY. */
export const overPrecise: Mutate = (engagement, pick) => {
  const place = choosePlace(engagement, pick, isMoney);
  if (place === undefined) return undefined;
  const digits = digitsOf(String(engagement.currency));
  const whole = Math.floor(Number(place.value) || 12);
  const text = `${whole}.${"1".repeat(digits)}7`;
  setAt(engagement, place.pointer, pick & 1 ? Number(text) : text);
  return place.pointer;
};

/** Past maxItems, kept under the 1 MiB file limit so the list (not the file) is blamed. */
export const hugeArray: Mutate = (engagement, pick) => {
  const size = JSON.stringify(engagement).length;
  const place = choosePlace(engagement, pick, ({ schema, value }) => {
    if (!Array.isArray(value) || value.length === 0 || typeof schema.maxItems !== "number")
      return false;
    return size + JSON.stringify(value[0]).length * (schema.maxItems + 10) < 600_000;
  });
  const pointer = place?.pointer ?? "/deliverables";
  const items = (getAt(engagement, pointer) as unknown[] | undefined) ?? [];
  const filler = place === undefined ? { title: "Post", quantity: 1 } : items[0];
  const limit = typeof place?.schema.maxItems === "number" ? place.schema.maxItems : 200;
  const extra = 1 + ((pick >> 4) % 10);
  setAt(engagement, pointer, [
    ...items,
    ...Array.from({ length: limit + extra - items.length }, () => structuredClone(filler)),
  ]);
  return pointer;
};

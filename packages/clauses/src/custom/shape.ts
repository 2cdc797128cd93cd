// The shape of the data a template sees: which fields exist at each level and
// what kind of value each holds. Custom clauses are checked against it before
// anything renders them, so a misspelt field, a whole object printed, or a date
// helper given a name is found by validate rather than by a failed build.

/** Text a helper reads in one particular form. */
export type TextFormat = "date" | "time" | "zone" | "weekday";

export type TextShape = {
  readonly kind: "text";
  readonly format?: TextFormat;
  /** The only values it can have (a schema enum), when there is such a list. */
  readonly values?: readonly string[];
};

export type ObjectShape = {
  readonly kind: "object";
  readonly fields: Readonly<Record<string, Shape>>;
};

export type ListShape = { readonly kind: "list"; readonly item: Shape };

export type Shape =
  | TextShape
  | { readonly kind: "number" }
  | { readonly kind: "boolean" }
  /** An amount as the engagement writes it: a number or a decimal string ("1500.50"). */
  | { readonly kind: "amount" }
  | ObjectShape
  | ListShape;

export const NUMBER: Shape = { kind: "number" };
export const BOOLEAN: Shape = { kind: "boolean" };
export const AMOUNT: Shape = { kind: "amount" };

export function text(format?: TextFormat, values?: readonly string[]): TextShape {
  return {
    kind: "text",
    ...(format === undefined ? {} : { format }),
    ...(values === undefined ? {} : { values }),
  };
}

export function choice(...values: string[]): TextShape {
  return text(undefined, values);
}

export function object(fields: Readonly<Record<string, Shape>>): ObjectShape {
  return { kind: "object", fields };
}

export function list(item: Shape): ListShape {
  return { kind: "list", item };
}

/** The fields of `base` and `extra` together (extra wins). */
export function extend(base: ObjectShape, extra: Readonly<Record<string, Shape>>): ObjectShape {
  return object({ ...base.fields, ...extra });
}

export function fieldOf(shape: ObjectShape, name: string): Shape | undefined {
  return Object.hasOwn(shape.fields, name) ? shape.fields[name] : undefined;
}

/** Whether a value of this shape prints as text: not an object or a list. */
export function isPrintable(shape: Shape): boolean {
  return shape.kind !== "object" && shape.kind !== "list";
}

const hasField = (shape: Shape, name: string, kind: Shape["kind"]): boolean =>
  shape.kind === "object" && fieldOf(shape, name)?.kind === kind;

/** An amount of money: minor units and a currency, what `money` formats. */
export function isMoney(shape: Shape): boolean {
  return hasField(shape, "minor", "number") && hasField(shape, "currency", "text");
}

/** Office hours: days and a time range, what `window` formats. */
export function isWindow(shape: Shape): boolean {
  return (
    hasField(shape, "from", "text") &&
    hasField(shape, "to", "text") &&
    shape.kind === "object" &&
    isTextList(fieldOf(shape, "days"))
  );
}

/** What a deadline counts from, what `after` formats. */
export function isBasis(shape: Shape): boolean {
  return hasField(shape, "afterTitle", "text");
}

export function isTextList(shape: Shape | undefined): boolean {
  return shape?.kind === "list" && (shape.item.kind === "text" || shape.item.kind === "number");
}

const FORMAT_NAMES: Readonly<Record<TextFormat, string>> = {
  date: "a date",
  time: "a time of day",
  zone: "a time zone",
  weekday: "a weekday",
};

/** How a freelancer would name the kind of value: "a date", "a list", "an amount of money". */
export function describeShape(shape: Shape): string {
  switch (shape.kind) {
    case "text":
      return shape.format === undefined ? "text" : FORMAT_NAMES[shape.format];
    case "number":
      return "a number";
    case "boolean":
      return "a yes/no value";
    case "amount":
      return "an amount as written in the engagement";
    case "list":
      return "a list";
    case "object":
      if (isMoney(shape)) return "an amount of money";
      if (isWindow(shape)) return "an office-hours window";
      return "a group of fields";
  }
}

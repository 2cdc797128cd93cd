// The data a template sees: the engagement and its facts with every string leaf
// wrapped as EscapedText (escaped once, here), numbers and booleans as they are.
// Objects inherit nothing a path can name (see VIEW_PROTOTYPE), so `{{constructor}}`
// and `{{__proto__}}` are plain missing fields, which strict mode rejects.
import { EscapedText } from "./escaped-text.js";
import { ClauseError } from "./errors.js";

/**
 * What an object or array prints as when a template prints it whole. It holds a `<`
 * that the escaper always escapes, so no user value can contain it, and rendering
 * fails when it appears in the output.
 */
export const OBJECT_MARKER = "<clausework:object>";

export type ViewValue = EscapedText | number | boolean | ViewObject | readonly ViewValue[];
export type ViewObject = { readonly [key: string]: ViewValue };

const printsAsMarker = { value: () => OBJECT_MARKER, enumerable: false } as const;

/**
 * The prototype of every view object: only the marker's Symbol.toPrimitive, which
 * no template path can name, over null, so `{{constructor}}` and `{{__proto__}}`
 * stay missing fields. One shared prototype instead of the marker defined on each
 * object keeps view objects in V8's fast mode (a symbol defined per object, on a
 * prototype-free object, made each one a slow dictionary to build and to read).
 */
const VIEW_PROTOTYPE: object = Object.freeze(
  Object.create(null, { [Symbol.toPrimitive]: printsAsMarker }) as object,
);

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function objectView(value: Record<string, unknown>, path: string, depth: number): ViewObject {
  const out = Object.create(VIEW_PROTOTYPE) as Record<string, ViewValue>;
  for (const key of Object.keys(value)) {
    const child = viewOf(value[key], `${path}/${key}`, depth + 1);
    // With no Object.prototype in the chain, a "__proto__" key from JSON is
    // assigned as a plain own field, like any other.
    if (child !== undefined) out[key] = child;
  }
  return Object.freeze(out);
}

function arrayView(value: readonly unknown[], path: string, depth: number): readonly ViewValue[] {
  const out = value.map((item, index) => {
    const child = viewOf(item, `${path}/${index}`, depth + 1);
    if (child === undefined) throw new ClauseError(`${path}/${index} is undefined`);
    return child;
  });
  Object.defineProperty(out, Symbol.toPrimitive, printsAsMarker);
  return Object.freeze(out);
}

/**
 * Views already built, by the object they view. The three documents of an
 * engagement see the same parties, fees and facts, so each is viewed once. The
 * pipeline never changes data it has handed on (resolve builds new objects), so
 * a view cannot go stale; unreachable objects drop out with their views.
 */
const views = new WeakMap<object, ViewValue>();

/**
 * Only objects this near the root are looked up and kept: the documents' data share
 * whole parts (the parties, the fees, the facts), found at the first level, and a
 * WeakMap lookup and entry for every object below them cost more than viewing the
 * few objects two parts share again.
 */
const SHARED_DEPTH = 1;

function objectOrArrayView(value: object, path: string, depth: number): ViewValue | undefined {
  const shared = depth <= SHARED_DEPTH;
  const known = shared ? views.get(value) : undefined;
  if (known !== undefined) return known;
  // A view handed back (custom clauses see the document's view) is already one.
  if (Object.getPrototypeOf(value) === VIEW_PROTOTYPE) return value as ViewObject;
  let view: ViewValue;
  if (Array.isArray(value)) view = arrayView(value, path, depth);
  else if (isPlainObject(value)) view = objectView(value, path, depth);
  else return undefined;
  if (shared) views.set(value, view);
  return view;
}

/** The template view of plain JSON-like data; `path` names the value in errors. */
export function toView(value: unknown, path = ""): ViewValue | undefined {
  return viewOf(value, path, 0);
}

function viewOf(value: unknown, path: string, depth: number): ViewValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof EscapedText) return value;
  switch (typeof value) {
    case "string":
      return EscapedText.of(value);
    case "boolean":
      return value;
    case "number":
      if (!Number.isFinite(value)) throw new ClauseError(`${path || "/"} is not a finite number`);
      return value;
    case "object": {
      const view = objectOrArrayView(value, path, depth);
      if (view !== undefined) return view;
      break;
    }
  }
  throw new ClauseError(`${path || "/"} is not plain data (${typeof value})`);
}

// Speed: pdfmake looks up every style property of every inline (font, size,
// colour, decoration, ... about twenty each) through StyleContextStack, and each
// lookup allocates: a closure for `auto`, an array in `autopush`, a closure and a
// Set (for `extends` cycles) in `getProperty`. That was about a third of all the
// memory a packet allocates (sampled with V8's heap profiler), and every byte of
// it is garbage to collect. These replacements give the same answers from the
// same stack without allocating; output bytes do not change.
//
// pdfmake offers no hook, so the class's methods are replaced, in Node only (the
// browser build of pdfmake keeps its own copy of the class). If the class is not
// where or what it was, nothing is replaced.
import { createRequire } from "node:module";

type StyleDictionary = Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>;

/** The fields of pdfmake's StyleContextStack that its methods use. */
export type StyleStack = {
  styleDictionary: StyleDictionary;
  defaultStyle?: Readonly<Record<string, unknown>>;
  styleOverrides: unknown[];
  autopush(item: unknown): number;
  pop(count?: number): void;
};

type StyleStackClass = {
  prototype: { getProperty: (this: StyleStack, property: string) => unknown };
  getStyleProperty: (
    item: unknown,
    stack: StyleStack | undefined,
    property: string,
    defaultValue: unknown,
  ) => unknown;
};

// pdfmake's helpers/variableType.js, as it defines them.
const isValue = (value: unknown): boolean => value !== undefined && value !== null;
const isString = (value: unknown): value is string =>
  typeof value === "string" || value instanceof String;

const propertyOf = (item: unknown, property: string): unknown =>
  (item as Record<string, unknown>)[property];

/**
 * A named style's value, or that of the styles it extends (the last one first).
 * `visited` guards against cycles of `extends`; it is made only when one is followed.
 */
function namedStyleValue(
  dictionary: StyleDictionary,
  name: string,
  property: string,
  visited?: Set<string>,
): unknown {
  if (visited !== undefined) {
    if (visited.has(name)) return undefined;
    visited.add(name);
  }
  const style = dictionary[name];
  if (!style) return undefined;
  const own = style[property];
  if (isValue(own)) return own;
  const extended = style.extends;
  if (!extended) return undefined;
  const seen = visited ?? new Set([name]);
  const parents: unknown[] = Array.isArray(extended) ? extended : [extended];
  for (let index = parents.length - 1; index >= 0; index -= 1) {
    const value = namedStyleValue(dictionary, parents[index] as string, property, seen);
    if (isValue(value)) return value;
  }
  return undefined;
}

/** One entry of the stack: a style name, or an object whose own properties override. */
function entryValue(stack: StyleStack, entry: unknown, property: string): unknown {
  if (isString(entry)) return namedStyleValue(stack.styleDictionary, String(entry), property);
  return propertyOf(entry, property);
}

/** StyleContextStack.prototype.getProperty: the top of the stack first, then the defaults. */
export function getProperty(this: StyleStack, property: string): unknown {
  const overrides = this.styleOverrides;
  if (overrides) {
    for (let index = overrides.length - 1; index >= 0; index -= 1) {
      const value = entryValue(this, overrides[index], property);
      if (isValue(value)) return value;
    }
  }
  return this.defaultStyle && this.defaultStyle[property];
}

/**
 * StyleContextStack.getStyleProperty: the item's own value, else what the stack
 * would give with the item's styles and the item pushed on it (`autopush`) —
 * read here in the same order without pushing anything.
 */
export function getStyleProperty(
  item: unknown,
  stack: StyleStack | undefined,
  property: string,
  defaultValue: unknown,
): unknown {
  const own = propertyOf(item, property);
  if (isValue(own)) return own;
  if (!stack) return defaultValue;
  // autopush pushes nothing for a string or a section node; for any other item,
  // its style names in order and then the item itself, whose value is `own`.
  const styles = isString(item) ? undefined : (item as Record<string, unknown>);
  if (styles !== undefined && typeof styles.section === "undefined" && styles.style) {
    const names = styles.style;
    if (Array.isArray(names)) {
      for (let index = names.length - 1; index >= 0; index -= 1) {
        const value = entryValue(stack, names[index], property);
        if (isValue(value)) return value;
      }
    } else {
      const value = entryValue(stack, names, property);
      if (isValue(value)) return value;
    }
  }
  const value = getProperty.call(stack, property);
  return isValue(value) ? value : defaultValue;
}

function isStyleStackClass(value: unknown): value is StyleStackClass {
  if (typeof value !== "function") return false;
  const prototype: unknown = Reflect.get(value, "prototype");
  return (
    typeof Reflect.get(value, "getStyleProperty") === "function" &&
    typeof Reflect.get(Object(prototype), "getProperty") === "function" &&
    typeof Reflect.get(Object(prototype), "autopush") === "function"
  );
}

let installed = false;

/** Replaces the two methods once per process. */
export function installStyleLookup(): void {
  if (installed) return;
  installed = true;
  const required: unknown = createRequire(import.meta.url)("pdfmake/js/StyleContextStack.js");
  const styleStack: unknown = Reflect.get(Object(required), "default");
  if (!isStyleStackClass(styleStack)) return;
  styleStack.prototype.getProperty = getProperty;
  styleStack.getStyleProperty = getStyleProperty;
}

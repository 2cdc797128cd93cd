// The allocation-free style lookups must answer exactly as pdfmake's own: they
// are checked against a fresh copy of pdfmake's class on generated stacks, and
// a document rendered with either gives the same bytes.
import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sampleDocument } from "@clausework/model";
import { renderPdf } from "./index.js";
import {
  getProperty,
  getStyleProperty,
  installStyleLookup,
  type StyleStack,
} from "./style-lookup.js";
import { pristineModule } from "./test-pristine.js";

type StyleStackClass = {
  new (dictionary: object, defaultStyle?: object): StyleStack & { push(entry: unknown): void };
  prototype: { getProperty: typeof getProperty };
  getStyleProperty: typeof getStyleProperty;
};

const require = createRequire(import.meta.url);
const modulePath = require.resolve("pdfmake/js/StyleContextStack.js");

/** pdfmake's class as published, loaded anew so no replacement has touched it. */
function pristineClass(): StyleStackClass {
  return (pristineModule(require, modulePath) as { default: StyleStackClass }).default;
}

const names = ["a", "b", "c", "d"];
const properties = ["font", "fontSize", "bold", "color", "margin"];
// Values pdfmake tells apart: undefined and null are "no value", the rest are values.
const value = fc.constantFrom(undefined, null, 0, "", false, 12, "red", true);
const styleOf = fc.record(
  {
    font: value,
    fontSize: value,
    bold: value,
    color: value,
    extends: fc.oneof(fc.constantFrom(...names), fc.array(fc.constantFrom(...names, "none"))),
  },
  { requiredKeys: [] },
);
const entry = fc.oneof(
  fc.constantFrom(...names, "missing"),
  fc.record({ color: value, margin: value }, { requiredKeys: [] }),
);
const item = fc.oneof(
  fc.constantFrom("plain text"),
  fc.record(
    {
      text: fc.constant("x"),
      style: fc.oneof(fc.constantFrom(...names), fc.array(entry, { maxLength: 3 })),
      section: fc.constant(true),
      font: value,
      color: value,
    },
    { requiredKeys: ["text"] },
  ),
);
const scenario = fc.record({
  dictionary: fc.dictionary(fc.constantFrom(...names), styleOf),
  defaultStyle: fc.record({ font: value, fontSize: value }, { requiredKeys: [] }),
  stack: fc.array(entry, { maxLength: 5 }),
  item,
  property: fc.constantFrom(...properties),
  fallback: value,
});

describe("style lookups without allocation", () => {
  it("answer as pdfmake's StyleContextStack does, extends cycles included", () => {
    const Original = pristineClass();
    fc.assert(
      fc.property(scenario, ({ dictionary, defaultStyle, stack, item, property, fallback }) => {
        const styles = new Original(dictionary, defaultStyle);
        for (const pushed of stack) styles.push(pushed);
        const before = [...styles.styleOverrides];
        expect(getStyleProperty(item, styles, property, fallback)).toStrictEqual(
          Original.getStyleProperty(item, styles, property, fallback),
        );
        expect(getProperty.call(styles, property)).toStrictEqual(
          Original.prototype.getProperty.call(styles, property),
        );
        expect(getStyleProperty(item, undefined, property, fallback)).toStrictEqual(
          Original.getStyleProperty(item, undefined, property, fallback),
        );
        expect(styles.styleOverrides).toEqual(before);
      }),
      { numRuns: 2_000, seed: 20261127 },
    );
  });

  it("leave a document's bytes as they were", async () => {
    installStyleLookup();
    const shared = require(modulePath) as { default: StyleStackClass };
    const ours = {
      method: shared.default.prototype.getProperty,
      lookup: shared.default.getStyleProperty,
    };
    expect(ours.method).toBe(getProperty);
    const Original = pristineClass();
    const replaced = await renderPdf(sampleDocument);
    shared.default.prototype.getProperty = Original.prototype.getProperty;
    shared.default.getStyleProperty = Original.getStyleProperty;
    try {
      expect(Buffer.from(await renderPdf(sampleDocument)).equals(Buffer.from(replaced))).toBe(true);
    } finally {
      shared.default.prototype.getProperty = ours.method;
      shared.default.getStyleProperty = ours.lookup;
    }
  });
});

import { describe, expect, it } from "vitest";
import { EscapedText, rawOf } from "./escaped-text.js";
import { OBJECT_MARKER, toView } from "./view.js";

describe("the template view", () => {
  it("wraps every string leaf as escaped text, keeping the raw value for helpers", () => {
    const view = toView({ a: { b: ["*x*"] } }) as { a: { b: EscapedText[] } };
    const leaf = view.a.b[0];
    expect(leaf).toBeInstanceOf(EscapedText);
    expect(String(leaf)).toBe("\\*x\\*");
    expect(rawOf(leaf)).toBe("*x*");
  });

  it("builds frozen objects that inherit no field and keep a __proto__ key as data", () => {
    const input = JSON.parse('{"__proto__": {"polluted": "yes"}, "name": "n"}') as object;
    const view = toView(input) as Record<string, unknown>;
    // The one prototype of views holds only a symbol, over null: no path reaches it.
    const prototype = Object.getPrototypeOf(view) as object;
    expect(Reflect.ownKeys(prototype)).toEqual([Symbol.toPrimitive]);
    expect(Object.getPrototypeOf(prototype)).toBeNull();
    expect(view["constructor"]).toBeUndefined();
    expect(view["__proto__"]).toEqual(toView({ polluted: "yes" }));
    expect(Object.isFrozen(view)).toBe(true);
    expect(Object.keys(view)).toEqual(["__proto__", "name"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("takes a view for what it is", () => {
    const view = toView({ a: { b: "x" } });
    expect((toView({ again: view }) as { again: unknown }).again).toBe(view);
  });

  it("prints objects and lists as the object marker", () => {
    expect(`${toView({ a: 1 }) as object}`).toBe(OBJECT_MARKER);
    expect(`${toView([1, 2]) as object}`).toBe(OBJECT_MARKER);
  });

  it("rejects what is not plain data", () => {
    expect(() => toView({ n: Number.NaN })).toThrow(/finite/);
    expect(() => toView({ d: new Date(0) })).toThrow(/plain data/);
    expect(() => toView({ f: () => 1 })).toThrow(/plain data/);
  });

  it("drops undefined fields so strict mode reports them missing", () => {
    expect(Object.keys(toView({ a: undefined, b: 1 }) as object)).toEqual(["b"]);
  });
});

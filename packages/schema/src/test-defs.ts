// Test helper (excluded from the build): runs one describe per schema $def.
import { describe, expect, it } from "vitest";
import { validateValue } from "./validate.js";

export type InvalidCase = [value: unknown, code: string, pointer?: string];

export type DefCases = {
  /** Where a value of this $def sits in the engagement `place` returns. */
  pointer: string;
  place: (value: unknown) => unknown;
  valid: unknown[];
  invalid: InvalidCase[];
};

export function describeDefs(cases: Readonly<Record<string, DefCases>>): void {
  for (const [name, { pointer, place, valid, invalid }] of Object.entries(cases)) {
    describe(`$defs/${name}`, () => {
      it.each(valid.map((value) => [value]))("accepts %j", (value) => {
        const result = validateValue(place(value));
        expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        expect(result.ok).toBe(true);
      });
      it.each(invalid)("rejects %j with %s", (value, code, at = pointer) => {
        const result = validateValue(place(value));
        expect(result.ok).toBe(false);
        const found = result.diagnostics.find((d) => d.code === code && d.pointer === at);
        expect(found, JSON.stringify(result.diagnostics, null, 2)).toBeDefined();
        expect(found?.message).not.toMatch(/undefined|\[object/);
      });
    });
  }
}

import { describe, expect, it } from "vitest";
import type { Diagnostic } from "./diagnostic.js";
import { minimalEngagement } from "./test-engagement.js";
import { validate } from "./validate.js";

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

// Seeded, so failures reproduce.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function expectWellFormed(diagnostics: readonly Diagnostic[], ok: boolean): void {
  expect(diagnostics.map((d) => d.code)).not.toContain("INTERNAL_ERROR");
  for (const diagnostic of diagnostics) {
    expect(typeof diagnostic.message).toBe("string");
    expect(diagnostic.pointer === "" || diagnostic.pointer.startsWith("/")).toBe(true);
    if (diagnostic.line !== undefined) expect(diagnostic.line).toBeGreaterThan(0);
  }
  expect(ok).toBe(!diagnostics.some((d) => d.severity === "error"));
}

describe("garbage in, diagnostics out", () => {
  const valid = pretty({
    ...minimalEngagement(),
    scope: { summary: 'Posts [1] {2} "quoted" \\ done' },
  });

  it("never throws on random text", () => {
    const next = random(20_270_301);
    for (let run = 0; run < 300; run++) {
      const length = Math.floor(next() * 300);
      const text = Array.from({ length }, () =>
        String.fromCharCode(Math.floor(next() * (run % 2 ? 256 : 0x10000))),
      ).join("");
      const result = validate(text);
      expectWellFormed(result.diagnostics, result.ok);
      expect(result.ok).toBe(false);
    }
  });

  it("never throws on truncations of a valid file", () => {
    for (let end = 0; end < valid.length; end++) {
      const result = validate(valid.slice(0, end));
      expectWellFormed(result.diagnostics, result.ok);
      expect(result.ok).toBe(false);
    }
  });

  it("never throws on a valid file with JSON punctuation sprinkled in", () => {
    const next = random(42);
    const noise = [
      '"',
      "{",
      "}",
      "[",
      "]",
      ",",
      ":",
      "\\",
      "-",
      "0",
      "e",
      "\u0000",
      "\u202e",
      "\ud800",
      "\n",
    ];
    for (let run = 0; run < 300; run++) {
      const chars = valid.split("");
      for (let change = 0; change < 1 + (run % 4); change++) {
        chars[Math.floor(next() * chars.length)] = noise[Math.floor(next() * noise.length)] ?? "";
      }
      const result = validate(chars.join(""));
      expectWellFormed(result.diagnostics, result.ok);
    }
  });
});

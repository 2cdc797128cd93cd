// Test helper (excluded from the build): engagement text with raw JSON
// (deep nesting, 1e309, duplicate keys) spliced in at a pointer.
import { engagementWith } from "./test-engagement.js";

const MARK = "\u0000raw\u0000";

/** The minimal engagement as JSON text, with `raw` as the JSON at `pointer`. */
export function textWithRaw(pointer: string, raw: string): string {
  const text = JSON.stringify(engagementWith([pointer, MARK]), null, 2);
  return text.replace(JSON.stringify(MARK), () => raw);
}

export type Generator =
  | { $gen: "repeat"; unit: string; times: number }
  | { $gen: "wrap"; open: string; close: string; times: number; inner: string }
  | { $gen: "nest"; depth: number; leaf: unknown }
  | { $gen: "nestObject"; depth: number; key: string; leaf: unknown };

export function isGenerator(value: unknown): value is Generator {
  return typeof value === "object" && value !== null && "$gen" in value;
}

/** The JSON text a generator describes, built as text so depth never meets a recursive stringify. */
export function generatedJson(spec: Generator): string {
  switch (spec.$gen) {
    case "repeat":
      return JSON.stringify(spec.unit.repeat(spec.times));
    case "wrap":
      return JSON.stringify(
        spec.open.repeat(spec.times) + spec.inner + spec.close.repeat(spec.times),
      );
    case "nest":
      return "[".repeat(spec.depth) + JSON.stringify(spec.leaf) + "]".repeat(spec.depth);
    case "nestObject": {
      const open = `{${JSON.stringify(spec.key)}:`;
      return open.repeat(spec.depth) + JSON.stringify(spec.leaf) + "}".repeat(spec.depth);
    }
  }
}

import { describe, expect, it } from "vitest";
import {
  finishDiagnostics,
  formatDiagnostic,
  MAX_DIAGNOSTICS,
  type Diagnostic,
} from "./diagnostic.js";

const make = (code: string, line?: number, column?: number, pointer = "/a"): Diagnostic => ({
  severity: "error",
  code,
  pointer,
  message: `${code} message`,
  ...(line === undefined ? {} : { line }),
  ...(column === undefined ? {} : { column }),
});

describe("formatDiagnostic", () => {
  it("prints file:line:col  severity  /pointer  message (CODE)", () => {
    expect(formatDiagnostic(make("REQUIRED", 3, 7, "/client/name"), "acme.json")).toBe(
      "acme.json:3:7  error  /client/name  REQUIRED message (REQUIRED)",
    );
  });

  it("shows the root as / and leaves out a missing position", () => {
    expect(formatDiagnostic(make("TOO_DEEP", undefined, undefined, ""), "x.json")).toBe(
      "x.json  error  /  TOO_DEEP message (TOO_DEEP)",
    );
  });

  it("escapes characters that could garble a terminal", () => {
    const diagnostic = { ...make("UNKNOWN_KEY", 1, 1, "/a\u202eb"), message: "bad \u001b[31m" };
    expect(formatDiagnostic(diagnostic, "x.json")).toBe(
      "x.json:1:1  error  /a\\u{202E}b  bad \\u{1B}[31m (UNKNOWN_KEY)",
    );
  });
});

describe("finishDiagnostics", () => {
  it("sorts by line, column, then code", () => {
    const sorted = finishDiagnostics([
      make("B", 2, 1),
      make("C", 1, 5),
      make("A", 2, 1),
      make("D", 1, 2),
    ]);
    expect(sorted.map((d) => d.code)).toEqual(["D", "C", "A", "B"]);
  });

  it("drops exact repeats", () => {
    expect(finishDiagnostics([make("A", 1, 1), make("A", 1, 1)])).toHaveLength(1);
  });

  it("keeps every error when it cuts, however many warnings come first", () => {
    const warnings = Array.from({ length: 250 }, (_, index) => ({
      ...make("W", index + 1, 1, `/w/${index}`),
      severity: "warning" as const,
    }));
    const finished = finishDiagnostics([...warnings, make("E", 999, 1, "/late")]);
    expect(finished).toHaveLength(MAX_DIAGNOSTICS + 1);
    // In position order still: the error last of those shown, then the note.
    expect(finished.at(-2)).toMatchObject({ severity: "error", code: "E", line: 999 });
    expect(finished.at(-1)?.message).toBe("and 51 more diagnostics not shown");
  });

  it(`keeps ${MAX_DIAGNOSTICS} and says how many more there were`, () => {
    const many = Array.from({ length: 250 }, (_, index) => make("A", index + 1, 1, `/a/${index}`));
    const finished = finishDiagnostics(many);
    expect(finished).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(finished.at(-1)).toMatchObject({
      severity: "info",
      code: "MORE_DIAGNOSTICS",
      message: "and 50 more diagnostics not shown",
    });
    expect(finished[MAX_DIAGNOSTICS - 1]?.line).toBe(MAX_DIAGNOSTICS);
  });
});

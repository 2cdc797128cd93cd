import type { Diagnostic } from "@clausework/schema";
import { describe, expect, it } from "vitest";
import { block, diagnosticLines, paint, plural, safeText, wantsColor } from "./output.js";
import { memoryIo } from "./test-io.js";

const diagnostic: Diagnostic = {
  severity: "warning",
  code: "LATE_FEE_HIGH",
  pointer: "/fees/lateFee/percent",
  message: "a late fee of 12 % a month is unusually high",
  hint: "2 % a month is common",
  line: 31,
  column: 15,
};

describe("diagnosticLines", () => {
  it("prints the location line, then the hint indented", () => {
    expect(diagnosticLines(diagnostic, "my.json", false)).toEqual([
      "my.json:31:15  warning  /fees/lateFee/percent  a late fee of 12 % a month is unusually high (LATE_FEE_HIGH)",
      "    hint: 2 % a month is common",
    ]);
  });

  it("prints one line without a hint, and the file alone without a position", () => {
    const bare: Diagnostic = {
      severity: diagnostic.severity,
      code: diagnostic.code,
      pointer: diagnostic.pointer,
      message: diagnostic.message,
    };
    expect(diagnosticLines(bare, "my.json", false)).toEqual([
      "my.json  warning  /fees/lateFee/percent  a late fee of 12 % a month is unusually high (LATE_FEE_HIGH)",
    ]);
  });

  it("colours the location, the severity and the hint", () => {
    const [first, hint] = diagnosticLines(diagnostic, "my  warning  .json", true);
    expect(first).toBe(
      "\u001b[1mmy  warning  .json:31:15\u001b[22m  \u001b[33mwarning\u001b[39m  /fees/lateFee/percent  a late fee of 12 % a month is unusually high (LATE_FEE_HIGH)",
    );
    expect(hint).toBe("\u001b[2m    hint: 2 % a month is common\u001b[22m");
  });

  it("escapes control characters in file names and hints", () => {
    const lines = diagnosticLines({ ...diagnostic, hint: "try\u001b[2J" }, "a\u202eb.json", false);
    expect(lines[0]).toMatch(/^a\\u\{202E\}b\.json:31:15 /);
    expect(lines[1]).toBe("    hint: try\\u{1B}[2J");
  });
});

describe("helpers", () => {
  it("wants colour on a terminal, unless NO_COLOR or FORCE_COLOR=0 says otherwise", () => {
    const wants = (tty: boolean, env: Record<string, string> = {}) =>
      wantsColor(memoryIo({ tty, env }).io);
    expect(wants(true)).toBe(true);
    expect(wants(false)).toBe(false);
    expect(wants(true, { NO_COLOR: "1" })).toBe(false);
    // no-color.org: an empty NO_COLOR is as if it were not set.
    expect(wants(true, { NO_COLOR: "" })).toBe(true);
    expect(wants(true, { FORCE_COLOR: "0" })).toBe(false);
    expect(wants(false, { FORCE_COLOR: "1" })).toBe(true);
    expect(wants(false, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(false);
  });

  it("paints only when asked", () => {
    expect(paint("ok", "green", true)).toBe("\u001b[32mok\u001b[39m");
    expect(paint("ok", "green", false)).toBe("ok");
  });

  it("keeps safe text as it is", () => {
    expect(safeText("Brindle & Co <Ltd> ünïcode ✓")).toBe("Brindle & Co <Ltd> ünïcode ✓");
  });

  it("counts and joins", () => {
    expect(plural(1, "file", "files")).toBe("1 file");
    expect(plural(0, "file", "files")).toBe("0 files");
    expect(block([])).toBe("");
    expect(block(["a", "b"])).toBe("a\nb\n");
  });
});

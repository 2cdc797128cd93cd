import type { Diagnostic } from "@clausework/schema";
import { describe, expect, it } from "vitest";
import type { ItemReport } from "../batch/run-batch.js";
import type { TaskStats } from "../batch/task-result.js";
import { itemLines, type LineOptions } from "./item-lines.js";

const warning: Diagnostic = {
  severity: "warning",
  code: "no-late-fee",
  pointer: "/fees",
  message: "no late fee",
};
const error: Diagnostic = {
  severity: "error",
  code: "REQUIRED",
  pointer: "/id",
  message: "id is missing",
  line: 1,
  column: 1,
};
const normal: LineOptions = { verbosity: "normal", color: false, debug: false };

const stats: TaskStats = {
  threadId: 2,
  milliseconds: 1500,
  rss: 200 * 1024 * 1024,
  heapUsed: 50 * 1024 * 1024,
};

const built: ItemReport = {
  name: "a.json",
  status: "built",
  id: "a",
  diagnostics: [warning],
  outputs: ["out/a/contract.pdf", "out/a/contract.md"],
  stats,
};

describe("itemLines", () => {
  it("prints a built input with its destination and its advice", () => {
    expect(itemLines(built, normal)).toEqual([
      "built   a.json → out/a/ (2 files)",
      "a.json  warning  /fees  no late fee (no-late-fee)",
    ]);
    expect(itemLines({ ...built, outputs: ["packets/a.zip"], diagnostics: [] }, normal)).toEqual([
      "built   a.json → packets/a.zip",
    ]);
  });

  it("adds files, time and memory when verbose", () => {
    expect(itemLines(built, { ...normal, verbosity: "verbose" })).toEqual([
      "built   a.json → out/a/ (2 files)",
      "    out/a/contract.pdf",
      "    out/a/contract.md",
      "    1.50 s on the worker thread 2; heap 50.0 MB, process 200.0 MB",
      "a.json  warning  /fees  no late fee (no-late-fee)",
    ]);
    const collected: ItemReport = { ...built, stats: { ...stats, live: 30 * 1024 * 1024 } };
    expect(itemLines(collected, { ...normal, verbosity: "verbose" })).toContain(
      "    1.50 s on the worker thread 2; heap 50.0 MB (30.0 MB live), process 200.0 MB",
    );
    const helped: ItemReport = { ...built, stats: { ...stats, threadId: 0, pdfThread: true } };
    expect(itemLines(helped, { ...normal, verbosity: "verbose" })).toContain(
      "    1.50 s on the main thread (PDFs on a helper thread); heap 50.0 MB, process 200.0 MB",
    );
  });

  it("prints only failures and their errors when quiet", () => {
    const quiet: LineOptions = { ...normal, verbosity: "quiet" };
    expect(itemLines(built, quiet)).toEqual([]);
    const failed: ItemReport = {
      name: "b.json",
      status: "failed",
      diagnostics: [error, warning],
      outputs: [],
    };
    expect(itemLines(failed, quiet)).toEqual([
      "failed  b.json",
      "b.json:1:1  error  /id  id is missing (REQUIRED)",
    ]);
  });

  it("says why an input could not be read, written or built", () => {
    const base = { diagnostics: [], outputs: [] };
    expect(
      itemLines({ ...base, name: "x.json", status: "unreadable", reason: "no such file" }, normal),
    ).toEqual(["failed  x.json: cannot read: no such file"]);
    expect(
      itemLines(
        {
          ...base,
          name: "y.json",
          status: "unwritable",
          reason: "cannot write 'o/y.zip': permission denied",
        },
        normal,
      ),
    ).toEqual(["failed  y.json: cannot write 'o/y.zip': permission denied"]);
    const crashed: ItemReport = {
      ...base,
      name: "z.json",
      status: "crashed",
      reason: "boom",
      stack: "Error: boom\n    at x",
    };
    expect(itemLines(crashed, normal)).toEqual([
      "failed  z.json: internal error: boom",
      "    (set CLAUSEWORK_DEBUG=1 to see where; please report it)",
    ]);
    expect(itemLines(crashed, { ...normal, debug: true })[1]).toBe("Error: boom\n    at x");
  });

  it("colours the status word", () => {
    expect(itemLines({ ...built, diagnostics: [] }, { ...normal, color: true })[0]).toBe(
      "\u001b[32mbuilt\u001b[39m   a.json → out/a/ (2 files)",
    );
  });
});

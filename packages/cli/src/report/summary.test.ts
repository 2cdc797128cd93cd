import type { Diagnostic } from "@clausework/schema";
import { describe, expect, it } from "vitest";
import type { BatchSummary, ItemReport } from "../batch/run-batch.js";
import { batchExitCode, countItems, jsonSummary, summaryLine, threadsLine } from "./summary.js";

const warning: Diagnostic = {
  severity: "warning",
  code: "no-deposit",
  pointer: "/fees",
  message: "no deposit",
};
const item = (status: ItemReport["status"], diagnostics: Diagnostic[] = []): ItemReport => ({
  name: `${status}.json`,
  status,
  diagnostics,
  outputs: status === "built" ? ["packets/x.zip"] : [],
});
const summary = (items: ItemReport[], interrupted = false): BatchSummary => ({
  items,
  milliseconds: 1234,
  interrupted,
  plan: { kind: "pool", workers: 2 },
});

describe("batch summary", () => {
  it("counts built, failed, skipped and warnings", () => {
    const items = [
      item("built", [warning, warning]),
      item("failed", [warning]),
      item("unreadable"),
      item("skipped"),
    ];
    expect(countItems(items)).toEqual({ built: 1, failed: 2, skipped: 1, warnings: 3 });
    expect(summaryLine(summary(items), false)).toBe(
      "1 built, 2 failed, 3 warnings in 1.2 s; 1 not built",
    );
    expect(summaryLine(summary([item("built")]), true)).toBe(
      "\u001b[32m1 built, 0 failed, 0 warnings in 1.2 s\u001b[39m",
    );
    expect(summaryLine(summary([item("skipped")], true), false)).toBe(
      "interrupted: 0 built, 0 failed, 0 warnings in 1.2 s; 1 not built",
    );
  });

  it("exits by the worst outcome: interrupt, bug, file error, invalid input", () => {
    expect(batchExitCode(summary([item("built")]))).toBe(0);
    expect(batchExitCode(summary([item("built"), item("failed")]))).toBe(1);
    expect(batchExitCode(summary([item("failed"), item("unwritable")]))).toBe(2);
    expect(batchExitCode(summary([item("unreadable"), item("crashed")]))).toBe(70);
    expect(batchExitCode(summary([item("crashed")], true))).toBe(130);
  });

  it("prints the JSON summary with items in input order", () => {
    const parsed = JSON.parse(
      jsonSummary(summary([item("failed", [warning]), item("built")])),
    ) as unknown;
    expect(parsed).toEqual({
      ok: false,
      interrupted: false,
      built: 1,
      failed: 1,
      skipped: 0,
      warnings: 1,
      milliseconds: 1234,
      threads: { kind: "pool", workers: 2 },
      items: [
        { file: "failed.json", status: "failed", outputs: [], diagnostics: [warning] },
        { file: "built.json", status: "built", outputs: ["packets/x.zip"], diagnostics: [] },
      ],
    });
  });

  it("names the threads a batch ran on, for --verbose", () => {
    expect(threadsLine({ kind: "pool", workers: 3 })).toBe("threads: a pool of 3 workers");
    expect(threadsLine({ kind: "this-thread", pdfThread: true })).toBe(
      "threads: this one, and a second for PDFs",
    );
    expect(threadsLine({ kind: "this-thread", pdfThread: false })).toBe("threads: this one");
  });
});

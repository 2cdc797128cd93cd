import { describe, expect, it } from "vitest";
import { PACKETS_PER_WORKER, planBatch, planSlots } from "./plan.js";

describe("planBatch", () => {
  it("keeps --jobs 1 in this thread, however large the batch", () => {
    for (const tasks of [0, 1, 31, 1000]) {
      expect(planBatch({ jobs: 1, tasks, pdf: true })).toEqual({
        kind: "this-thread",
        pdfThread: false,
      });
    }
  });

  it("gives a small batch's PDFs a thread of their own when a second thread is allowed", () => {
    const small = 2 * PACKETS_PER_WORKER - 1;
    for (const tasks of [1, 2, 10, small]) {
      expect(planBatch({ jobs: 2, tasks, pdf: true })).toEqual({
        kind: "this-thread",
        pdfThread: true,
      });
    }
    // Without PDFs there is nothing to hand over.
    expect(planBatch({ jobs: 2, tasks: 10, pdf: false })).toEqual({
      kind: "this-thread",
      pdfThread: false,
    });
  });

  it("starts a pool once every worker gets its share of the batch, never more than --jobs", () => {
    expect(planBatch({ jobs: 2, tasks: 2 * PACKETS_PER_WORKER, pdf: true })).toEqual({
      kind: "pool",
      workers: 2,
    });
    expect(planBatch({ jobs: 2, tasks: 200, pdf: false })).toEqual({ kind: "pool", workers: 2 });
    expect(planBatch({ jobs: 8, tasks: 3 * PACKETS_PER_WORKER + 5, pdf: true })).toEqual({
      kind: "pool",
      workers: 3,
    });
    expect(planBatch({ jobs: 8, tasks: 1000, pdf: true })).toEqual({ kind: "pool", workers: 8 });
  });

  it("never plans more workers than --jobs, nor a worker short of its share", () => {
    for (let jobs = 1; jobs <= 12; jobs++) {
      for (let tasks = 0; tasks <= 300; tasks++) {
        const plan = planBatch({ jobs, tasks, pdf: true });
        if (plan.kind === "pool") {
          expect(plan.workers).toBeGreaterThanOrEqual(2);
          expect(plan.workers).toBeLessThanOrEqual(jobs);
          expect(tasks / plan.workers).toBeGreaterThanOrEqual(PACKETS_PER_WORKER);
        } else {
          expect(plan.pdfThread).toBe(jobs >= 2);
        }
      }
    }
  });
});

describe("planSlots", () => {
  it("keeps one task per worker in flight, and two when a PDF thread works beside this one", () => {
    expect(planSlots({ kind: "pool", workers: 3 })).toBe(3);
    expect(planSlots({ kind: "this-thread", pdfThread: true })).toBe(2);
    expect(planSlots({ kind: "this-thread", pdfThread: false })).toBe(1);
  });
});

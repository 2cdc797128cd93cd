import { describe, expect, it } from "vitest";
import { planBatch, planSlots, poolFrom } from "./plan.js";

describe("planBatch", () => {
  it("keeps --jobs 1 in this thread, however large the batch", () => {
    for (const tasks of [0, 1, 45, 1000]) {
      expect(planBatch({ jobs: 1, tasks, pdf: true })).toEqual({
        kind: "this-thread",
        pdfThread: false,
      });
    }
    expect(poolFrom(1)).toBe(Number.POSITIVE_INFINITY);
  });

  it("gives a small batch's PDFs a thread of their own when a second thread is allowed", () => {
    for (const tasks of [1, 2, 10, 45]) {
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

  it("starts a pool where it wins, sooner the more workers it may have", () => {
    // Two threads: between 40 packets (this thread was faster) and 60 (the pool was).
    expect(poolFrom(2)).toBe(46);
    expect(planBatch({ jobs: 2, tasks: 46, pdf: true })).toEqual({ kind: "pool", workers: 2 });
    expect(planBatch({ jobs: 2, tasks: 200, pdf: false })).toEqual({ kind: "pool", workers: 2 });
    expect(poolFrom(4)).toBe(23);
    expect(poolFrom(8)).toBe(19);
    expect(planBatch({ jobs: 8, tasks: 19, pdf: true })).toEqual({ kind: "pool", workers: 8 });
    expect(planBatch({ jobs: 8, tasks: 18, pdf: true }).kind).toBe("this-thread");
  });

  it("gives a pool every thread --jobs allows, up to one a task, and stays a pool as batches grow", () => {
    for (let jobs = 1; jobs <= 12; jobs++) {
      let pooled = false;
      for (let tasks = 0; tasks <= 300; tasks++) {
        const plan = planBatch({ jobs, tasks, pdf: true });
        if (plan.kind === "pool") {
          expect(plan.workers).toBe(Math.min(jobs, tasks));
          expect(plan.workers).toBeGreaterThanOrEqual(2);
          pooled = true;
        } else {
          expect(pooled).toBe(false);
          expect(plan.pdfThread).toBe(jobs >= 2);
        }
      }
      expect(pooled).toBe(jobs >= 2);
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

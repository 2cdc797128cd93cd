import { describe, expect, it } from "vitest";
import { latestOnly } from "./latest-only.js";

const tick = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe("latestOnly", () => {
  it("runs once for a burst of input, with the last value", async () => {
    const seen: number[] = [];
    const job = latestOnly(async (value: number) => void seen.push(value), 20);
    for (const value of [1, 2, 3, 4]) job.push(value);
    await job.idle();
    expect(seen).toEqual([4]);
  });

  it("never runs two jobs at once and skips input that was overtaken while a job ran", async () => {
    const seen: number[] = [];
    let running = 0;
    let most = 0;
    const job = latestOnly(async (value: number) => {
      running += 1;
      most = Math.max(most, running);
      await tick(30);
      seen.push(value);
      running -= 1;
    }, 1);
    job.push(1);
    await tick(10);
    job.push(2);
    job.push(3);
    await job.idle();
    expect(seen).toEqual([1, 3]);
    expect(most).toBe(1);
  });

  it("with no quiet period, starts before any timer, still once for input pushed in one task", async () => {
    const seen: number[] = [];
    const job = latestOnly(async (value: number) => void seen.push(value), 0);
    let timerFired = false;
    setTimeout(() => (timerFired = true), 0);
    job.push(1);
    job.push(2);
    await Promise.resolve();
    expect(seen).toEqual([2]);
    expect(timerFired).toBe(false);
    await job.idle();
    expect(seen).toEqual([2]);
  });

  it("keeps going after a job fails", async () => {
    const seen: number[] = [];
    const job = latestOnly(async (value: number) => {
      if (value === 1) throw new Error("boom");
      seen.push(value);
    }, 1);
    job.push(1);
    await job.idle();
    job.push(2);
    await job.idle();
    expect(seen).toEqual([2]);
  });
});

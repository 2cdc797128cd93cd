import { describe, expect, it } from "vitest";
import type { TimeWindow } from "../facts.js";
import { longestOverlapMinutes } from "./office-overlap.js";

const on = (days: TimeWindow["days"], from: string, to: string): TimeWindow => ({
  days,
  from,
  to,
  crossesMidnight: to < from,
});

describe("longestOverlapMinutes", () => {
  it("measures a same-day overlap", () => {
    expect(
      longestOverlapMinutes([on(["mon"], "09:00", "17:00")], [on(["mon"], "16:00", "20:00")]),
    ).toBe(60);
  });

  it("needs the same weekday", () => {
    expect(
      longestOverlapMinutes([on(["mon"], "09:00", "17:00")], [on(["tue"], "09:00", "17:00")]),
    ).toBe(0);
  });

  it("follows a window across midnight into the next day", () => {
    expect(
      longestOverlapMinutes([on(["mon"], "22:00", "02:00")], [on(["tue"], "00:00", "08:00")]),
    ).toBe(120);
  });

  it("follows Sunday night into Monday morning", () => {
    expect(
      longestOverlapMinutes([on(["sun"], "23:00", "01:00")], [on(["mon"], "00:00", "03:00")]),
    ).toBe(60);
  });

  it("counts an end exclusive: 17:00 to 17:00 shares nothing", () => {
    expect(
      longestOverlapMinutes([on(["fri"], "09:00", "17:00")], [on(["fri"], "17:00", "18:00")]),
    ).toBe(0);
  });
});

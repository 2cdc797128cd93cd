import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { civilDateOf, epochDayOf, epochDayOfIso, weekdayIndexOf } from "./epoch-days.js";

describe("epoch days", () => {
  it("agree with Temporal on every day from 1599 to 2401, both ways, with weekdays", () => {
    let date = Temporal.PlainDate.from("1599-12-25");
    let expected = date.since(Temporal.PlainDate.from("1970-01-01")).days;
    const wrong: string[] = [];
    for (; date.year < 2402; date = date.add({ days: 1 }), expected += 1) {
      const civil = { year: date.year, month: date.month, day: date.day };
      const back = civilDateOf(expected);
      if (
        epochDayOf(civil) !== expected ||
        back.year !== civil.year ||
        back.month !== civil.month ||
        back.day !== civil.day ||
        weekdayIndexOf(expected) !== date.dayOfWeek - 1
      )
        wrong.push(date.toString());
    }
    expect(wrong).toEqual([]);
  }, 30_000);

  it("reads YYYY-MM-DD and nothing else", () => {
    expect(epochDayOfIso("1970-01-01")).toBe(0);
    expect(epochDayOfIso("2028-02-29")).toBe(epochDayOf({ year: 2028, month: 2, day: 29 }));
    expect(epochDayOfIso("2027-02-29")).toBeUndefined();
    expect(epochDayOfIso("2027-13-01")).toBeUndefined();
    expect(epochDayOfIso("2027-3-1")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { checkTimeZone } from "./time-zones.js";

describe("checkTimeZone", () => {
  it.each([
    "Europe/Berlin",
    "America/New_York",
    "UTC",
    "Etc/UTC",
    "Asia/Kolkata",
    "Asia/Calcutta",
    "US/Eastern",
  ])("accepts %s", (name) => {
    expect(checkTimeZone(name, "time zone")).toBeUndefined();
  });

  it.each([
    ["+01:00", /is an offset/, /daylight saving/],
    ["GMT+1", /is an offset/, /Europe\/Berlin/],
    ["UTC-05:00", /is an offset/, /daylight saving/],
    ["Etc/GMT+1", /is an offset/, /daylight saving/],
    ["Europe/Berln", /is not a known time zone/, /did you mean 'Europe\/Berlin'\?/],
    ["europe/berlin", /is not a known time zone/, /did you mean 'Europe\/Berlin'\?/],
    ["EST", /is not a known time zone/, /./],
    ["Berlin", /is not a known time zone/, /./],
  ])("rejects %s", (name, message, hint) => {
    const problem = checkTimeZone(name, "client time zone");
    expect(problem?.code).toBe("UNKNOWN_TIME_ZONE");
    expect(problem?.message).toMatch(message);
    expect(problem?.message.startsWith("client time zone ")).toBe(true);
    expect(problem?.hint).toMatch(hint);
  });
});

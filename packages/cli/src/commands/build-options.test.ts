import { describe, expect, it } from "vitest";
import { UserError } from "../errors.js";
import { parseJobs } from "./build-options.js";

describe("parseJobs", () => {
  it("is one per core by default, and never more than the cores", () => {
    expect(parseJobs(undefined, 4)).toBe(4);
    expect(parseJobs("1", 4)).toBe(1);
    expect(parseJobs("3", 4)).toBe(3);
    expect(parseJobs("99", 4)).toBe(4);
  });

  it("refuses what is not a whole number from 1", () => {
    for (const value of ["0", "-1", "1.5", "abc", "", " 2"]) {
      expect(() => parseJobs(value, 4)).toThrow(UserError);
    }
  });
});

import { describe, expect, it } from "vitest";
import { poolFlags } from "./pool-process.js";

describe("poolFlags", () => {
  it("runs V8 single-threaded when the workers take every core", () => {
    expect(poolFlags(2, 2)).toEqual(["--single-threaded"]);
    expect(poolFlags(8, 4)).toEqual(["--single-threaded"]);
  });

  it("leaves V8 its background threads when cores are left over for them", () => {
    expect(poolFlags(2, 4)).toEqual([]);
    expect(poolFlags(3, 4)).toEqual([]);
  });
});

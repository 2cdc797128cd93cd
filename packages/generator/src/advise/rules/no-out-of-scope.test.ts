import { describe, expect, it } from "vitest";
import { check, engagementWith } from "../test-support.js";
import { noOutOfScope } from "./no-out-of-scope.js";

describe("no-out-of-scope", () => {
  it("stays quiet when something is named out of scope", () => {
    expect(check(noOutOfScope)).toEqual([]);
  });

  it("fires for an empty list and for a missing scope", () => {
    const empty = engagementWith((e) => {
      e.scope = { outOfScope: [] };
    });
    const missing = engagementWith((e) => {
      delete e.scope;
    });
    for (const engagement of [empty, missing]) {
      expect(check(noOutOfScope, engagement).map((f) => f.pointer)).toEqual(["/scope/outOfScope"]);
    }
  });
});

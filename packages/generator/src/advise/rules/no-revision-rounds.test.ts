import { describe, expect, it } from "vitest";
import { check, engagementWith } from "../test-support.js";
import { noRevisionRounds } from "./no-revision-rounds.js";

describe("no-revision-rounds", () => {
  it("stays quiet with a number of rounds, zero included", () => {
    expect(check(noRevisionRounds)).toEqual([]);
    const none = engagementWith((e) => {
      e.method = { revisionRounds: 0 };
    });
    expect(check(noRevisionRounds, none)).toEqual([]);
  });

  it("fires when the rounds are not set", () => {
    const engagement = engagementWith((e) => {
      delete e.method;
    });
    expect(check(noRevisionRounds, engagement).map((f) => f.pointer)).toEqual([
      "/method/revisionRounds",
    ]);
  });
});

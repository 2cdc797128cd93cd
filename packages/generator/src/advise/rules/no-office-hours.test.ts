import { describe, expect, it } from "vitest";
import { check, engagementWith } from "../test-support.js";
import { noOfficeHours } from "./no-office-hours.js";

describe("no-office-hours", () => {
  it("stays quiet when both parties have office hours", () => {
    expect(check(noOfficeHours)).toEqual([]);
  });

  it("warns for the freelancer and informs for the client", () => {
    const engagement = engagementWith((e) => {
      delete e.freelancer.officeHours;
      e.client.officeHours = [];
    });
    expect(check(noOfficeHours, engagement).map((f) => [f.pointer, f.severity])).toEqual([
      ["/freelancer/officeHours", undefined],
      ["/client/officeHours", "info"],
    ]);
  });
});

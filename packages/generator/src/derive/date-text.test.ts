import { describe, expect, it } from "vitest";
import { resolve } from "../resolve.js";
import { derive } from "./index.js";
import { engagement, resolved } from "./test-engagement.js";

describe("dates past the year 9999", () => {
  it("refuse an offer that would end in the year 10000, naming validForDays", () => {
    const late = engagement({ issuedOn: "9999-12-20", validForDays: 14 });
    expect(() => resolve(late)).toThrow(
      expect.objectContaining({
        name: "DeriveError",
        code: "DATE_OUT_OF_RANGE",
        pointer: "/validForDays",
        message: "the end of the offer would fall in the year 10000; dates can go up to 9999-12-31",
      }),
    );
  });

  it("refuse a milestone that a chain pushes past 9999, naming the milestone", () => {
    const late = resolved({
      issuedOn: "9999-06-01",
      schedule: {
        startDate: "9999-07-01",
        milestones: [
          { id: "draft", title: "Draft", owner: "freelancer", dueOn: "9999-12-01" },
          { id: "final", title: "Final", owner: "freelancer", after: "draft", days: 90 },
        ],
      },
    });
    expect(() => derive(late)).toThrow(
      expect.objectContaining({
        name: "DeriveError",
        code: "DATE_OUT_OF_RANGE",
        pointer: "/schedule/milestones",
        message: 'milestone "final" would fall in the year 10000; dates can go up to 9999-12-31',
      }),
    );
  });

  it("accept 9999-12-31 itself", () => {
    const last = engagement({ issuedOn: "9999-12-17", validForDays: 14 });
    expect(resolve(last).validUntil).toBe("9999-12-31");
  });
});

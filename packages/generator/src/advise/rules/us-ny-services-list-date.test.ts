import { describe, expect, it } from "vitest";
import { check, newYork } from "../test-support.js";
import { usNyServicesListDate } from "./us-ny-services-list-date.js";

describe("us-ny-services-list-date", () => {
  it("stays quiet with a freelancer deadline for the invoice or list of services", () => {
    const { engagement, facts } = newYork();
    expect(check(usNyServicesListDate, engagement, facts)).toEqual([]);
  });

  it("fires when no freelancer deadline names it", () => {
    const { engagement, facts } = newYork();
    engagement.schedule.milestones = (engagement.schedule.milestones ?? []).filter(
      (m) => m.id !== "invoice",
    );
    expect(check(usNyServicesListDate, engagement, facts).map((f) => f.pointer)).toEqual([
      "/schedule/milestones",
    ]);
  });

  it("does not count a client milestone that mentions an invoice", () => {
    const { engagement, facts } = newYork();
    const invoice = engagement.schedule.milestones?.find((m) => m.id === "invoice");
    if (invoice !== undefined) invoice.owner = "client";
    expect(check(usNyServicesListDate, engagement, facts)).toHaveLength(1);
  });
});

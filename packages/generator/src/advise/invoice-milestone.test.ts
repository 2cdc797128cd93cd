import { describe, expect, it } from "vitest";
import { isInvoiceMilestone } from "./invoice-milestone.js";

describe("isInvoiceMilestone", () => {
  it("recognises invoices and lists of services in the title or description", () => {
    expect(isInvoiceMilestone({ title: "Final invoice" })).toBe(true);
    expect(isInvoiceMilestone({ title: "Monthly report", description: "With the timesheet" })).toBe(
      true,
    );
    expect(isInvoiceMilestone({ title: "List of services rendered" })).toBe(true);
  });

  it("does not match deliveries or words that merely contain the letters", () => {
    expect(isInvoiceMilestone({ title: "Final files" })).toBe(false);
    expect(isInvoiceMilestone({ title: "Invoiceless handover" })).toBe(false);
  });
});

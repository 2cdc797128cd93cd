import { describe, expect, it } from "vitest";
import { sumPercents } from "./payment-checks.js";
import { engagementWith } from "./test-engagement.js";
import { validateValue } from "./validate.js";

const diagnosticsOf = (...changes: [string, unknown][]) =>
  validateValue(engagementWith(...changes)).diagnostics;

describe("semantic checks", () => {
  it("refuse validUntil together with validForDays", () => {
    expect(diagnosticsOf(["/validUntil", "2027-03-31"], ["/validForDays", 30])).toMatchObject([
      {
        code: "CONFLICT",
        pointer: "/validForDays",
        message: "give validUntil or validForDays, not both",
      },
    ]);
  });

  it("refuse an offer that expires before it is issued", () => {
    expect(diagnosticsOf(["/validUntil", "2027-02-28"])).toMatchObject([
      {
        code: "DATE_ORDER",
        pointer: "/validUntil",
        message: "validUntil must be on or after issuedOn: 2027-02-28 is before 2027-03-01",
      },
    ]);
  });

  it("name both dates when the schedule ends before it starts", () => {
    expect(
      diagnosticsOf(["/schedule/startDate", "2024-06-30"], ["/schedule/endDate", "2024-01-01"]),
    ).toMatchObject([
      {
        code: "DATE_ORDER",
        pointer: "/schedule/endDate",
        message: "endDate must be on or after startDate: 2024-01-01 is before 2024-06-30",
      },
    ]);
  });

  it("refuse a handover before the work starts, and contact after it that ends before it", () => {
    // The minimal engagement starts on 2027-04-01.
    expect(diagnosticsOf(["/handover", { transitionDate: "2020-01-01" }])).toMatchObject([
      {
        code: "DATE_ORDER",
        pointer: "/handover/transitionDate",
        message:
          "handover.transitionDate must be on or after schedule.startDate: 2020-01-01 is before 2027-04-01",
      },
    ]);
    const until = { transitionDate: "2027-08-31", afterHandover: { until: "2020-01-01" } };
    expect(diagnosticsOf(["/handover", until])).toMatchObject([
      {
        code: "DATE_ORDER",
        pointer: "/handover/afterHandover/until",
        message:
          "handover.afterHandover.until must be on or after handover.transitionDate: 2020-01-01 is before 2027-08-31",
      },
    ]);
    const fine = { transitionDate: "2027-08-31", afterHandover: { until: "2027-09-30" } };
    expect(diagnosticsOf(["/handover", fine])).toEqual([]);
  });

  it("name the whole chain of a dependency cycle", () => {
    const milestone = (id: string, after: string) => ({
      id,
      title: id,
      owner: "client",
      after,
      days: 1,
    });
    const diagnostics = diagnosticsOf([
      "/schedule/milestones",
      [
        { id: "start", title: "Start", owner: "client", dueOn: "2027-04-01" },
        milestone("b", "c"),
        milestone("c", "d"),
        milestone("d", "b"),
      ],
    ]);
    expect(diagnostics).toMatchObject([
      {
        code: "DEPENDENCY_CYCLE",
        pointer: "/schedule/milestones/1/after",
        message: "milestones wait for each other in a circle: b → c → d → b",
      },
    ]);
  });

  it("accept percentages that add up to exactly 100", () => {
    const instalment = (percent: number) => ({ label: "Part", percent, due: "signing" });
    expect(diagnosticsOf(["/fees/instalments", [33.33, 33.33, 33.34].map(instalment)])).toEqual([]);
    expect(diagnosticsOf(["/fees/instalments", [0.1, 0.2, 99.7].map(instalment)])).toEqual([]);
  });

  it("sum percentages exactly", () => {
    expect(sumPercents([0.1, 0.2])).toBe("0.3");
    expect(sumPercents([33.33, 33.33, 33.33])).toBe("99.99");
    expect(sumPercents([50, 50])).toBe("100");
  });

  it("warn about fields that only count in another mode", () => {
    expect(
      diagnosticsOf(["/rights", { portfolio: "yes", portfolioAfter: "2028-01-01" }]),
    ).toMatchObject([
      { severity: "warning", code: "IGNORED_FIELD", pointer: "/rights/portfolioAfter" },
    ]);
    const result = validateValue(
      engagementWith([
        "/fees/instalments",
        [{ label: "All", percent: 100, due: "signing", dueOn: "2027-04-01" }],
      ]),
    );
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toMatchObject([
      { severity: "warning", code: "IGNORED_FIELD", pointer: "/fees/instalments/0/dueOn" },
    ]);
  });

  it("allow a deposit equal to a fixed fee but not above it", () => {
    expect(diagnosticsOf(["/fees/deposit", { amount: 4800 }])).toEqual([]);
    expect(diagnosticsOf(["/fees/deposit", { amount: "4800.01" }])).toMatchObject([
      { code: "DEPOSIT_TOO_LARGE" },
    ]);
    expect(
      diagnosticsOf(["/fees/model", "retainer"], ["/fees/deposit", { amount: "9000" }]),
    ).toEqual([]);
  });

  it("warn about a locale this runtime cannot format", () => {
    expect(diagnosticsOf(["/locale", "xx-XX"])).toMatchObject([
      { severity: "warning", code: "UNSUPPORTED_LOCALE" },
    ]);
  });

  it("run only once the schema passes", () => {
    const diagnostics = diagnosticsOf(["/schedule/endDate", "2020-01-01"], ["/client/name", ""]);
    expect(diagnostics.map((d) => d.code)).toEqual(["BLANK_TEXT"]);
  });
});

// Every statutory figure, checked against the law as we read it (see each source).
import { describe, expect, it } from "vitest";
import { statutoryData } from "./data.js";
import { fixedSumFor, statutoryFigure } from "./profiles.js";

describe("statutory figures", () => {
  it("New York: $800 threshold, aggregated over 120 days; pay within 30 days of completion", () => {
    const threshold = statutoryFigure("US-NY", "threshold")?.figure;
    expect(threshold).toMatchObject({ amount: 80_000, currency: "USD", aggregationDays: 120 });
    expect(threshold?.source).toContain("§1410");
    const payment = statutoryFigure("US-NY", "defaultPaymentDays")?.figure;
    expect(payment).toMatchObject({ value: 30, after: "completion of the services" });
    expect(statutoryFigure("US-NY", "contractContents")?.figure.value).toHaveLength(4);
  });

  it("EU: terms over 60 days flagged, 30 days by default, reference rate + at least 8 points, €40", () => {
    expect(statutoryFigure("EU", "maxPaymentTermDays")?.figure.value).toBe(60);
    expect(statutoryFigure("EU", "defaultPaymentDays")?.figure.value).toBe(30);
    expect(statutoryFigure("EU", "interest")?.figure).toMatchObject({
      marginPoints: 8,
      minimum: true,
    });
    const fixed = statutoryFigure("EU", "fixedSum")?.figure;
    expect(fixed).toMatchObject({ currency: "EUR", minimum: true });
    expect(fixedSumFor(fixed?.bands ?? [], 1)).toBe(4000);
  });

  it("UK: 8 points over base rate; 60 days; £40 / £70 / £100 by debt size", () => {
    expect(statutoryFigure("UK", "interest")?.figure.marginPoints).toBe(8);
    expect(statutoryFigure("UK", "maxPaymentTermDays")?.figure.value).toBe(60);
    const fixed = statutoryFigure("UK", "fixedSum")?.figure;
    expect(fixed?.currency).toBe("GBP");
    const sumFor = (debtMinor: number) => fixedSumFor(fixed?.bands ?? [], debtMinor);
    expect(sumFor(99_999)).toBe(4_000); // £999.99
    expect(sumFor(100_000)).toBe(7_000); // £1,000
    expect(sumFor(999_999)).toBe(7_000); // £9,999.99
    expect(sumFor(1_000_000)).toBe(10_000); // £10,000
  });

  it("DE: base rate + 9 points (§288(2)), €40 per late payment (§288(5)), default after 30 days (§286(3))", () => {
    const interest = statutoryFigure("DE", "interest")?.figure;
    expect(interest).toMatchObject({ marginPoints: 9 });
    expect(interest?.source).toContain("§288(2)");
    const fixed = statutoryFigure("DE", "fixedSum")?.figure;
    expect(fixedSumFor(fixed?.bands ?? [], 10_000_000)).toBe(4000);
    expect(fixed?.per).toContain("instalment");
    expect(statutoryFigure("DE", "defaultPaymentDays")?.figure).toMatchObject({ value: 30 });
    expect(statutoryFigure("DE", "defaultPaymentDays")?.figure.source).toBe("BGB §286(3)");
    expect(statutoryFigure("DE", "maxPaymentTermDays")?.figure.value).toBe(60);
  });

  it("gives every figure a source and an asOf date", () => {
    const figures = Object.values(statutoryData.profiles).flatMap((profile) =>
      Object.values(profile).flatMap((value) => (typeof value === "object" ? [value] : [])),
    );
    expect(figures.length).toBeGreaterThan(10);
    for (const figure of [...figures, statutoryData.euMemberStates, statutoryData.aliases]) {
      expect(figure.source.length).toBeGreaterThan(5);
      expect(figure.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("lists the 27 EU member states", () => {
    expect(new Set(statutoryData.euMemberStates.value).size).toBe(27);
    expect(statutoryData.euMemberStates.value).not.toContain("GB");
  });
});

import { describe, expect, it } from "vitest";
import {
  formatBasis,
  formatDate,
  formatList,
  formatMoney,
  formatPercent,
  formatPlural,
  formatTime,
  formatUnits,
  formatWeekdays,
  formatWindow,
  phrase,
  pluralNoun,
  zoneLabel,
} from "./index.js";

describe("formatMoney", () => {
  it("formats minor units in the locale, exactly", () => {
    expect(formatMoney({ minor: 150000, currency: "GBP" }, "en-GB")).toBe("£1,500.00");
    expect(formatMoney({ minor: 1450000, currency: "USD" }, "en-US")).toBe("$14,500.00");
    expect(formatMoney({ minor: 5, currency: "EUR" }, "en-GB")).toBe("€0.05");
    expect(formatMoney({ minor: 1500, currency: "JPY" }, "en-GB")).toBe("JP¥1,500");
    expect(formatMoney({ minor: 1234, currency: "KWD" }, "en-GB")).toBe("KWD\u00a01.234");
    expect(formatMoney({ minor: 900719925474099, currency: "EUR" }, "en-GB")).toBe(
      "€9,007,199,254,740.99",
    );
  });

  it("rejects fractions of a minor unit", () => {
    expect(() => formatMoney({ minor: 1.5, currency: "EUR" }, "en-GB")).toThrow(/whole number/);
  });
});

describe("dates and times", () => {
  it("formats ISO dates in UTC so the host zone never shifts the day", () => {
    expect(formatDate("2027-01-15", "en-GB")).toBe("15 January 2027");
    expect(formatDate("2027-01-15", "en-US")).toBe("January 15, 2027");
    expect(formatDate("2027-12-31", "en-GB")).toBe("31 December 2027");
    expect(() => formatDate("2027-02-30", "en-GB")).toThrow(/does not exist/);
    expect(() => formatDate("15/01/2027", "en-GB")).toThrow(/YYYY-MM-DD/);
  });

  it("formats times per locale", () => {
    expect(formatTime("09:00", "en-GB")).toBe("09:00");
    expect(formatTime("17:30", "en-US").replace(/\s/g, " ")).toBe("5:30 PM");
    expect(() => formatTime("24:00", "en-GB")).toThrow(/HH:MM/);
  });

  it("writes office-hour windows, leaving out days the reference window shares", () => {
    const own = {
      days: ["mon", "tue", "wed", "thu", "fri"] as const,
      from: "09:00",
      to: "17:00",
      crossesMidnight: false,
    };
    const other = { ...own, from: "04:00", to: "12:00" };
    expect(formatWindow(own, "Europe/London", "en-GB")).toBe(
      "Monday to Friday, 09:00–17:00 London time",
    );
    expect(formatWindow(other, "America/New_York", "en-GB", own)).toBe("04:00–12:00 New York time");
    const late = {
      days: ["sun", "mon"] as const,
      from: "22:00",
      to: "02:00",
      crossesMidnight: true,
    };
    expect(formatWindow(late, "Asia/Tokyo", "en-GB", own)).toBe(
      "Monday and Sunday, 22:00–02:00 Tokyo time, ending the next day",
    );
  });

  it("names zones by their city", () => {
    expect(zoneLabel("Europe/London")).toBe("London");
    expect(zoneLabel("America/New_York")).toBe("New York");
    expect(zoneLabel("America/Argentina/Buenos_Aires")).toBe("Buenos Aires");
    expect(zoneLabel("UTC")).toBe("UTC");
  });
});

describe("weekdays and lists", () => {
  it("reads runs of three or more days as ranges", () => {
    expect(formatWeekdays(["mon", "tue", "wed", "thu", "fri"], "en-GB")).toBe("Monday to Friday");
    expect(formatWeekdays(["fri", "mon", "wed"], "en-GB")).toBe("Monday, Wednesday and Friday");
    expect(formatWeekdays(["sat", "sun"], "en-GB")).toBe("Saturday and Sunday");
    expect(formatWeekdays(["mon", "tue", "wed", "fri"], "en-GB")).toBe(
      "Monday to Wednesday and Friday",
    );
    expect(() => formatWeekdays(["funday"], "en-GB")).toThrow(/not a weekday/);
  });

  it("joins lists the way the locale does", () => {
    expect(formatList(["a", "b", "c"], "en-GB")).toBe("a, b and c");
    expect(formatList(["a", "b", "c"], "en-US")).toBe("a, b, and c");
    expect(formatList(["a", "b"], "en-GB", "or")).toBe("a or b");
    expect(formatList(["a"], "en-GB")).toBe("a");
  });
});

describe("numbers and words", () => {
  it("formats percentages without float noise", () => {
    expect(formatPercent(1.5, "en-GB")).toBe("1.5%");
    expect(formatPercent(0.1, "en-GB")).toBe("0.1%");
    expect(formatPercent(33.33, "en-GB")).toBe("33.33%");
    expect(formatPercent(100, "en-GB")).toBe("100%");
    expect(formatPercent(1.5, "de-DE")).toBe("1,5\u00a0%");
  });

  it("pluralises counts and user units", () => {
    expect(formatPlural(1, "round", "rounds", "en-GB")).toBe("1 round");
    expect(formatPlural(2, "round", "rounds", "en-GB")).toBe("2 rounds");
    expect(formatUnits(5, "page", "en-GB")).toBe("5 pages");
    expect(formatUnits(1, "page", "en-GB")).toBe("1 page");
    expect(pluralNoun("box")).toBe("boxes");
    expect(pluralNoun("study")).toBe("studies");
    expect(pluralNoun("day")).toBe("days");
  });

  it("writes the basis of a chained deadline", () => {
    expect(formatBasis({ afterTitle: "Interview", businessDays: 7 }, "en-GB")).toBe(
      "7 business days after Interview",
    );
    expect(formatBasis({ afterTitle: "Interview", days: 1 }, "en-GB")).toBe(
      "1 day after Interview",
    );
    expect(formatBasis({ afterTitle: "Interview", days: 0 }, "en-GB")).toBe(
      "the same day as Interview",
    );
  });

  it("knows the phrases of each enum, and fails on others", () => {
    expect(phrase("late-fee-period", "month")).toBe("per month");
    expect(phrase("account-handover", "transfer-ownership")).toBe("I transfer ownership to you");
    expect(() => phrase("late-fee-period", "fortnight")).toThrow(/not in late-fee-period/);
    expect(() => phrase("channel", "constructor")).toThrow();
  });
});

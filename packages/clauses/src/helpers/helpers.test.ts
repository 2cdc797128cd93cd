import { describe, expect, it } from "vitest";
import { renderTemplate } from "../compile.js";
import { knownHelpers } from "../environment.js";
import { parse, visibleText } from "../test-markdown.js";
import { helpers } from "./index.js";

const data = {
  locale: "en-GB",
  fee: { minor: 480000, currency: "GBP" },
  day: "2027-01-15",
  days: ["mon", "tue", "wed", "thu", "fri"],
  window: {
    days: ["mon", "tue", "wed", "thu", "fri"],
    from: "09:00",
    to: "17:00",
    crossesMidnight: false,
  },
  other: {
    days: ["mon", "tue", "wed", "thu", "fri"],
    from: "04:00",
    to: "12:00",
    crossesMidnight: false,
  },
  basis: { afterTitle: "Interview", businessDays: 7 },
  names: ["Ann", "Bo", "Cy"],
  model: "retainer",
  count: 2,
  none: 0,
  empty: [] as string[],
};

/** What a reader sees of the rendered Markdown. */
const shown = (source: string) => visibleText(parse(renderTemplate(source, "helpers", data)));

describe("clause helpers", () => {
  it("are all known to the compiler, with lookup and log switched off", () => {
    for (const name of Object.keys(helpers)) expect(knownHelpers[name], name).toBe(true);
    expect(knownHelpers["lookup"]).toBe(false);
    expect(knownHelpers["log"]).toBe(false);
  });

  it("format money, dates, times and office hours in the data's locale", () => {
    expect(shown("{{money fee}}")).toBe("£4,800.00");
    expect(shown("{{date day}}")).toBe("15 January 2027");
    expect(shown('{{time "09:30"}}')).toBe("09:30");
    expect(
      shown('{{window window "Europe/London"}} ({{window other "America/New_York" window}})'),
    ).toBe("Monday to Friday, 09:00–17:00 London time (04:00–12:00 New York time)");
    expect(shown("{{weekdays days}}")).toBe("Monday to Friday");
  });

  it("write counts, lists, percentages, phrases and deadline chains", () => {
    expect(shown('{{plural count "round" "rounds"}}')).toBe("2 rounds");
    expect(shown('{{units count "box"}}')).toBe("2 boxes");
    expect(shown("{{list names}}")).toBe("Ann, Bo and Cy");
    expect(shown('{{list names "or"}}')).toBe("Ann, Bo or Cy");
    expect(shown("{{percent 1.5}}")).toBe("1.5%");
    expect(shown('{{phrase "late-fee-period" "month"}}')).toBe("per month");
    expect(shown("{{after basis}}")).toBe("7 business days after Interview");
    expect(shown('{{region "PT"}}')).toBe("Portugal");
    expect(shown('{{words "in-progress"}}')).toBe("in progress");
  });

  it("compare raw values, and treat zero and empty lists as false", () => {
    expect(shown('{{#if (eq model "retainer")}}yes{{/if}}')).toBe("yes");
    expect(shown("{{#if (and count names)}}yes{{/if}}")).toBe("yes");
    expect(shown("{{#if (or none empty)}}yes{{else}}no{{/if}}")).toBe("no");
    expect(shown("{{#if (not none)}}yes{{/if}}")).toBe("yes");
  });

  it("take marker names and the phrase table only as literals from the template", () => {
    expect(() => shown("{{block model}}")).toThrow(/quoted literal/);
    expect(() => shown('{{block "nonsense"}}')).toThrow(/unknown block/);
    expect(() => shown("{{phrase model model}}")).toThrow(/quoted literal/);
    expect(() => shown('{{#notice "loud"}}x{{/notice}}')).toThrow(/unknown tone/);
  });

  it("check their arguments", () => {
    expect(() => shown("{{money}}")).toThrow(/money: expected 1/);
    expect(() => shown("{{percent model}}")).toThrow(/expected a number/);
    expect(() => shown("{{weekdays model}}")).toThrow(/expected a list/);
    expect(() => shown('{{list names "maybe"}}')).toThrow(/"and" or "or"/);
  });
});

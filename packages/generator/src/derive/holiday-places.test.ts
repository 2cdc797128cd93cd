// validate accepts a public-holiday country and region only when the schema
// package's table lists it; derive hands exactly those to date-holidays. The
// table is written from date-holidays itself (UPDATE_GOLDENS=1 rewrites it after
// a date-holidays upgrade; read the diff), and this test fails when the two
// disagree, so validate never accepts a place date-holidays cannot calendar.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Holidays from "date-holidays";
import { HOLIDAY_PLACES } from "@clausework/schema";
import { describe, expect, it } from "vitest";
import { workingDaysOf } from "./working-days.js";
import { party } from "./test-engagement.js";
import { Temporal } from "temporal-polyfill";

const table = fileURLToPath(
  new URL("../../../schema/src/holiday-places.generated.ts", import.meta.url),
);

type Place = { readonly name: string; readonly regions: Readonly<Record<string, string>> };

/** What date-holidays knows: countries and their states, with English names, sorted by code. */
function knownPlaces(): Record<string, Place> {
  const holidays = new Holidays();
  const countries = holidays.getCountries("en");
  const places: Record<string, Place> = {};
  for (const country of Object.keys(countries).sort()) {
    const states = holidays.getStates(country, "en") ?? {};
    const regions: Record<string, string> = {};
    for (const code of Object.keys(states).sort()) regions[code] = states[code] ?? code;
    places[country] = { name: countries[country] ?? country, regions };
  }
  return places;
}

function source(places: Record<string, Place>): string {
  return [
    "/* Generated from date-holidays by packages/generator/src/derive/holiday-places.test.ts",
    "   (UPDATE_GOLDENS=1). Do not edit. */",
    "",
    "/** Countries (ISO 3166) whose public holidays are known, with their regions. */",
    "export const HOLIDAY_PLACES: Readonly<",
    "  Record<string, { readonly name: string; readonly regions: Readonly<Record<string, string>> }>",
    `> = ${JSON.stringify(places, null, 2)};`,
    "",
  ].join("\n");
}

describe("public-holiday places", () => {
  it("the schema's table is what date-holidays knows", () => {
    const expected = source(knownPlaces());
    if (process.env["UPDATE_GOLDENS"] === "1") writeFileSync(table, expected);
    expect(readFileSync(table, "utf8")).toBe(expected);
    expect(Object.keys(HOLIDAY_PLACES)).toEqual(Object.keys(knownPlaces()));
  });

  it("every listed country and region gives a calendar", () => {
    // A year of working days for each place; date-holidays once threw a TypeError
    // here for a region it did not know.
    const date = Temporal.PlainDate.from("2027-12-31");
    for (const [country, place] of Object.entries(HOLIDAY_PLACES)) {
      for (const region of [undefined, ...Object.keys(place.regions)]) {
        const publicHolidays = region === undefined ? { country } : { country, region };
        const days = workingDaysOf(party({ publicHolidays }));
        expect(typeof days.isWorkingDay(date)).toBe("boolean");
      }
    }
  }, 60_000);
});

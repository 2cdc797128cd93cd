import { describe, expect, it } from "vitest";
import { engagementWith } from "./test-engagement.js";
import { validate, validateValue } from "./validate.js";

const diagnosticsOf = (publicHolidays: unknown, party = "client") =>
  validateValue(engagementWith([`/${party}/publicHolidays`, publicHolidays])).diagnostics;

describe("public-holiday places", () => {
  it.each([
    [{ country: "DE", region: "BE" }],
    [{ country: "US", region: "NY" }],
    [{ country: "GB", region: "ENG" }],
    [{ country: "PT" }],
    // El Salvador has one region in the data: San Salvador.
    [{ country: "SV", region: "SS" }],
  ])("accept %j", (publicHolidays) => {
    expect(diagnosticsOf(publicHolidays)).toEqual([]);
  });

  it("refuse a country whose public holidays nobody knows", () => {
    expect(diagnosticsOf({ country: "QQ" }, "freelancer")).toEqual([
      {
        severity: "error",
        code: "UNKNOWN_COUNTRY",
        pointer: "/freelancer/publicHolidays/country",
        message: 'public holidays country "QQ" is not a country whose public holidays are known',
        hint: 'use an ISO 3166 country code such as "DE", "US" or "GB"; leave publicHolidays out if none apply',
      },
    ]);
  });

  it("point UK to GB", () => {
    expect(diagnosticsOf({ country: "UK", region: "ENG" })).toMatchObject([
      {
        code: "UNKNOWN_COUNTRY",
        pointer: "/client/publicHolidays/country",
        hint: "did you mean 'GB' (United Kingdom)?",
      },
    ]);
  });

  it("refuse a region the country does not have, listing the ones it has", () => {
    expect(diagnosticsOf({ country: "DE", region: "BER" })).toEqual([
      {
        severity: "error",
        code: "UNKNOWN_REGION",
        pointer: "/client/publicHolidays/region",
        message: 'public holidays region "BER" is not a region of Germany (DE)',
        hint: "did you mean 'BE'? regions of DE: BB (Brandenburg), BE (Berlin), BW (Baden-Württemberg), BY (Bayern), HB (Hansestadt Bremen), HE (Hessen), HH (Hansestadt Hamburg), MV (Mecklenburg-Vorpommern), NI (Niedersachsen), NW (Nordrhein-Westfalen), RP (Rheinland-Pfalz), SH (Schleswig-Holstein), SL (Saarland), SN (Sachsen), ST (Sachsen-Anhalt), TH (Thüringen)",
      },
    ]);
  });

  it("list only codes for a country with many regions", () => {
    const [diagnostic] = diagnosticsOf({ country: "US", region: "QQ" });
    expect(diagnostic?.hint).toMatch(/^regions of US: AK, AL, AR, .*NY.*WY$/);
  });

  it("tell to leave region out where the country has none", () => {
    // date-holidays threw a TypeError for this one (known issue holidays-region-without-states).
    expect(diagnosticsOf({ country: "AL", region: "X" })).toMatchObject([
      {
        code: "UNKNOWN_REGION",
        pointer: "/client/publicHolidays/region",
        message: 'public holidays region "X" is not a region of Albania (AL)',
        hint: "Albania has the same public holidays everywhere: leave region out",
      },
    ]);
  });

  it("place the error on the line of the region", () => {
    const text = JSON.stringify(
      engagementWith(["/client/publicHolidays", { country: "SV", region: "X" }]),
      null,
      2,
    );
    const [diagnostic] = validate(text).diagnostics;
    const line = text.split("\n").findIndex((row) => row.includes('"region": "X"')) + 1;
    expect(diagnostic).toMatchObject({ code: "UNKNOWN_REGION", line });
  });
});

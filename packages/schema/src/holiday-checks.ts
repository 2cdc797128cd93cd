import { error, type Finding } from "./diagnostic.js";
import type { Engagement, Party } from "./engagement.generated.js";
import { HOLIDAY_PLACES } from "./holiday-places.generated.js";
import { quote } from "./safe-text.js";
import { didYouMean } from "./suggest.js";

// Public holidays come from date-holidays. A country or region it does not know
// would be taken as "no public holidays" (or, for some countries, make it throw),
// so business-day deadlines would silently count holidays as working days. The
// table of places is generated from date-holidays (see holiday-places.test.ts in
// the generator), so what validate accepts is exactly what derive can calendar.

/** Regions listed with their names in a hint up to this many; codes only beyond. */
const MAX_NAMED_REGIONS = 16;

/** Codes people reach for that ISO 3166 spells differently. */
const COMMON_SLIPS: Readonly<Record<string, string>> = { UK: "GB", EN: "GB", EL: "GR" };

export function holidayFindings(engagement: Engagement): Finding[] {
  return [
    ...placeFindings(engagement.freelancer, "/freelancer/publicHolidays"),
    ...placeFindings(engagement.client, "/client/publicHolidays"),
  ];
}

function placeFindings(party: Party, pointer: string): Finding[] {
  const holidays = party.publicHolidays;
  if (holidays === undefined) return [];
  const place = HOLIDAY_PLACES[holidays.country];
  if (place === undefined) return [unknownCountry(holidays.country, `${pointer}/country`)];
  const region = holidays.region;
  if (region === undefined || Object.hasOwn(place.regions, region)) return [];
  return [unknownRegion(region, holidays.country, `${pointer}/region`)];
}

function unknownCountry(country: string, pointer: string): Finding {
  const slip = COMMON_SLIPS[country];
  const hint =
    slip !== undefined && HOLIDAY_PLACES[slip] !== undefined
      ? `did you mean '${slip}' (${HOLIDAY_PLACES[slip].name})?`
      : 'use an ISO 3166 country code such as "DE", "US" or "GB"; leave publicHolidays out if none apply';
  return error(
    "UNKNOWN_COUNTRY",
    pointer,
    `public holidays country ${quote(country)} is not a country whose public holidays are known`,
    hint,
  );
}

function unknownRegion(region: string, country: string, pointer: string): Finding {
  const place = HOLIDAY_PLACES[country];
  const name = place?.name ?? country;
  const codes = Object.keys(place?.regions ?? {});
  const message = `public holidays region ${quote(region)} is not a region of ${name} (${country})`;
  if (codes.length === 0) {
    return error(
      "UNKNOWN_REGION",
      pointer,
      message,
      `${name} has the same public holidays everywhere: leave region out`,
    );
  }
  const listed =
    codes.length <= MAX_NAMED_REGIONS
      ? codes.map((code) => `${code} (${place?.regions[code] ?? code})`).join(", ")
      : codes.join(", ");
  const suggestion = didYouMean(region, codes);
  const hint = `${suggestion === undefined ? "" : `${suggestion} `}regions of ${country}: ${listed}`;
  return error("UNKNOWN_REGION", pointer, message, hint);
}

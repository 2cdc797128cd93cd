// Scalar values of the schema's $defs: slugs, dates, times, zones, locales,
// currencies, money, percentages, e-mail addresses, phone numbers, web addresses.
import fc from "fast-check";

// fc.stringMatching parses its regex on every call (tens of milliseconds), and
// arbitraries built inside `chain` are built once per generated value: each
// one is therefore built once, here, and shared.
const SLUG = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join("-"));
export const slug = (): fc.Arbitrary<string> => SLUG;

const DAY = 86_400_000;
const EPOCH = Date.UTC(2024, 0, 1);

/** YYYY-MM-DD `offset` days after 2024-01-01 (UTC arithmetic: no clock, no zone). */
export function dateAt(offset: number): string {
  return new Date(EPOCH + offset * DAY).toISOString().slice(0, 10);
}

export function dayOf(date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - EPOCH) / DAY);
}

/** A date from 2024-01-01 to 2036-01-18 (leap years 2024, 2028, 2032 included). */
export const calendarDate = (): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max: 4400 }).map(dateAt);

/** A date on or after `date`, up to `maxDays` later. */
export const dateFrom = (date: string, maxDays = 800): fc.Arbitrary<string> =>
  dateAround(date, 0, maxDays);

/** A date from `before` days before `date` to `after` days after it. */
export const dateAround = (date: string, before: number, after: number): fc.Arbitrary<string> =>
  fc.integer({ min: -before, max: after }).map((days) => dateAt(dayOf(date) + days));

export const time = (): fc.Arbitrary<string> =>
  fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45, 59, 7))
    .map(([hour, minute]) => `${pad(hour)}:${pad(minute)}`);

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Real IANA zones: DST in both hemispheres, half- and quarter-hour offsets
 * (Kolkata, Kathmandu, Chatham), a half-hour DST shift (Lord Howe), Dublin's
 * negative DST, the date line (Kiritimati, Pago Pago), a link ICU does not list
 * (Asia/Calcutta) and UTC.
 */
export const TIME_ZONES = [
  "Europe/Berlin",
  "Europe/London",
  "Europe/Lisbon",
  "Europe/Dublin",
  "America/New_York",
  "America/Los_Angeles",
  "America/Halifax",
  "America/St_Johns",
  "America/Sao_Paulo",
  "Asia/Kolkata",
  "Asia/Calcutta",
  "Asia/Kathmandu",
  "Asia/Tehran",
  "Asia/Tokyo",
  "Australia/Adelaide",
  "Australia/Lord_Howe",
  "Australia/Sydney",
  "Pacific/Chatham",
  "Pacific/Auckland",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
  "Africa/Lagos",
  "UTC",
];
export const timeZone = (): fc.Arbitrary<string> => fc.constantFrom(...TIME_ZONES);

/** Locales whose dates and numbers the PDF fonts can draw (Latin, Greek, Cyrillic). */
export const LOCALES = [
  "en-GB",
  "en-US",
  "en-IE",
  "en-CA",
  "en-AU",
  "en-IN",
  "en",
  "en-150",
  "de-DE",
  "de-CH",
  "fr-FR",
  "fr-CA",
  "es-ES",
  "es-MX",
  "pt-BR",
  "it-IT",
  "nl-NL",
  "pl-PL",
  "sv-SE",
  "cs-CZ",
  "el-GR",
  "ru-RU",
  "uk-UA",
  "tr-TR",
  "sr-Latn-RS",
];
export const locale = (): fc.Arbitrary<string> => fc.constantFrom(...LOCALES);

/** Currencies with 2 (EUR, USD, GBP...), 0 (JPY) and 3 (KWD, BHD) decimals. */
export const CURRENCY_DIGITS: Readonly<Record<string, number>> = {
  EUR: 2,
  USD: 2,
  GBP: 2,
  CAD: 2,
  CHF: 2,
  SEK: 2,
  JPY: 0,
  KWD: 3,
  BHD: 3,
};
export const currency = (): fc.Arbitrary<string> =>
  fc.constantFrom(...Object.keys(CURRENCY_DIGITS));

export const digitsOf = (code: string): number => CURRENCY_DIGITS[code] ?? 2;

/** The schema's ceiling for amounts, in major units. */
export const MAX_MAJOR = 10_000_000;

/** Integer minor units: mostly everyday amounts, sometimes zero or the maximum. */
export function minorUnits(code: string, maxMajor = 200_000): fc.Arbitrary<number> {
  const scale = 10 ** digitsOf(code);
  return fc.oneof(
    { weight: 10, arbitrary: fc.integer({ min: 1, max: maxMajor * scale }) },
    { weight: 1, arbitrary: fc.constantFrom(0, MAX_MAJOR * scale, MAX_MAJOR * scale - 1) },
  );
}

/**
 * One amount in the schema's forms: a JSON number (1500, 1500.5), a decimal
 * string with all, fewer or no decimals ("1500.50", "1500.5", "1500"), or with
 * leading zeros ("0012.50"), which the decimal rule allows.
 */
export function moneyOf(code: string, minor: number): fc.Arbitrary<number | string> {
  const digits = digitsOf(code);
  const whole = Math.floor(minor / 10 ** digits);
  const fraction = String(minor % 10 ** digits).padStart(digits, "0");
  const full = digits === 0 ? String(whole) : `${whole}.${fraction}`;
  const trimmed = digits === 0 ? full : full.replace(/\.?0+$/, "");
  return fc.constantFrom<number | string>(Number(full), full, trimmed, `00${full}`);
}

export const money = (code: string, maxMajor?: number): fc.Arbitrary<number | string> =>
  minorUnits(code, maxMajor).chain((minor) => moneyOf(code, minor));

/** 0 to 100 with at most two decimals. */
export const percent = (): fc.Arbitrary<number> =>
  fc.integer({ min: 0, max: 10_000 }).map((hundredths) => hundredths / 100);

const EMAIL = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9]{0,10}([._+-][a-z0-9]{1,8})?$/),
    fc.stringMatching(/^[a-z][a-z0-9-]{0,12}[a-z0-9]$/),
    fc.constantFrom("example.com", "example.org", "example.co.uk"),
  )
  .map(([local, host, domain]) => `${local}@${host}.${domain}`);
export const email = (): fc.Arbitrary<string> => EMAIL;

const PHONE = fc.oneof(
  fc.stringMatching(/^\+[1-9][0-9]{1,2} [0-9]{2,4} [0-9]{3,4} [0-9]{3,4}$/),
  fc.constantFrom("+44 20 7946 0958", "030 (123) 4567", "+1 (212) 555.0147", "0049/30/1234"),
);
export const phone = (): fc.Arbitrary<string> => PHONE;

/** https only; paths with Markdown and URL punctuation that a link must survive. */
const URL_ARBITRARY = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
    fc.constantFrom("", "/", "/about", "/a_b*c", "/(x)", "/[1]", "/?q=1&r=2", "/%20x", "/ü"),
  )
  .map(([host, path]) => `https://${host}.example.com${path}`);
export const url = (): fc.Arbitrary<string> => URL_ARBITRARY;

export const weekday = (): fc.Arbitrary<"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun"> =>
  fc.constantFrom("mon", "tue", "wed", "thu", "fri", "sat", "sun");

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** A pattern-valid ISO 3166 code: mostly real ones, sometimes any two letters. */
const COUNTRY = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constantFrom("DE", "US", "GB", "FR", "CA", "PT", "AU", "NZ", "IN", "JP"),
  },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z]{2}$/) },
);
export const country = (): fc.Arbitrary<string> => COUNTRY;

const JURISDICTION = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constantFrom("US-NY", "US-CA", "EU", "UK", "DE", "GB", "FR", "CA-ON", "AU"),
  },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/) },
);
export const jurisdiction = (): fc.Arbitrary<string> => JURISDICTION;

/** For arrays generated with minLength 1: the schema's types say "at least one". */
export function nonEmpty<T>(items: T[]): [T, ...T[]] {
  const [first, ...rest] = items;
  if (first === undefined) throw new Error("arbitraries: expected at least one item");
  return [first, ...rest];
}

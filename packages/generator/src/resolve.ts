// resolve: the engagement with every default filled in, as a new object (the input is
// never touched). Later stages read defaults from here instead of re-deciding them.
import type { Engagement, Fees, Rights } from "@clausework/schema";
import { Temporal } from "temporal-polyfill";
import { dateText } from "./derive/date-text.js";

export type ResolvedDeposit = NonNullable<Fees["deposit"]> & { refundable: boolean };
export type ResolvedLateFee = NonNullable<Fees["lateFee"]> & { graceDays: number };

export type ResolvedFees = Omit<Fees, "deposit" | "lateFee"> & {
  deposit?: ResolvedDeposit;
  lateFee?: ResolvedLateFee;
};

export type ResolvedRights = Omit<Rights, "ownershipTransfer"> & {
  ownershipTransfer: NonNullable<Rights["ownershipTransfer"]>;
};

export type ResolvedEngagement = Omit<Engagement, "pageSize" | "fees" | "rights"> & {
  pageSize: "A4" | "LETTER";
  fees: ResolvedFees;
  rights: ResolvedRights;
};

export type ResolveOptions = {
  /**
   * Today's date (YYYY-MM-DD) as the caller knows it. No default depends on it yet; it
   * is here so no future default is tempted to read the clock.
   */
  readonly today?: string;
};

/**
 * Regions whose paper is US Letter (CLDR supplemental measurement data, paperSize);
 * the rest of the world uses A4.
 */
const LETTER_REGIONS = new Set([
  "BZ",
  "CA",
  "CL",
  "CO",
  "CR",
  "GT",
  "MX",
  "NI",
  "PA",
  "PH",
  "PR",
  "SV",
  "US",
  "VE",
]);

/** "en-US" and plain "en" (likely region US) are LETTER; "en-GB", "de", "fr-CA"... by region. */
export function pageSizeFor(locale: string): "A4" | "LETTER" {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = undefined; // validation rejects malformed tags; fall back to A4
  }
  return region !== undefined && LETTER_REGIONS.has(region) ? "LETTER" : "A4";
}

function resolveFees(fees: Fees): ResolvedFees {
  const { deposit, lateFee, ...rest } = fees;
  return {
    ...rest,
    ...(deposit === undefined
      ? {}
      : { deposit: { ...deposit, refundable: deposit.refundable ?? false } }),
    ...(lateFee === undefined
      ? {}
      : { lateFee: { ...lateFee, graceDays: lateFee.graceDays ?? 0 } }),
  };
}

/**
 * A deep copy of JSON data, as structuredClone makes it, in a tenth of the time
 * (structuredClone serialises and reads back). What JSON cannot hold (dates, maps,
 * class instances, functions) goes to structuredClone as before.
 */
function copyOf<T>(value: T): T {
  if (typeof value === "function" || typeof value === "symbol") return structuredClone(value);
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(copyOf) as T;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return structuredClone(value);
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    // A "__proto__" key from JSON stays a field, as structuredClone keeps it.
    if (key === "__proto__") {
      Object.defineProperty(copy, key, {
        value: copyOf(field),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else copy[key] = copyOf(field);
  }
  return copy as T;
}

export function resolve(engagement: Engagement, _options: ResolveOptions = {}): ResolvedEngagement {
  // A deep copy first: the result shares no object with the input, so callers may
  // freeze either side.
  const copy = copyOf(engagement);
  const { pageSize, fees, rights, ...rest } = copy;
  const validUntil =
    copy.validUntil ??
    (copy.validForDays === undefined
      ? undefined
      : dateText(
          Temporal.PlainDate.from(copy.issuedOn).add({ days: copy.validForDays }),
          "the end of the offer",
          "/validForDays",
        ));
  return {
    ...rest,
    ...(validUntil === undefined ? {} : { validUntil }),
    pageSize: pageSize ?? pageSizeFor(copy.locale),
    fees: resolveFees(fees),
    rights: { ...rights, ownershipTransfer: rights?.ownershipTransfer ?? "on-final-payment" },
  };
}

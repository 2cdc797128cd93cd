// resolve: the engagement with every default filled in, as a new object (the input is
// never touched). Later stages read defaults from here instead of re-deciding them.
import type { Engagement, Fees, Rights } from "@clausework/schema";
import { Temporal } from "temporal-polyfill";

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

export function resolve(engagement: Engagement, _options: ResolveOptions = {}): ResolvedEngagement {
  // A deep copy first: the result shares no object with the input, so callers may
  // freeze either side.
  const copy = structuredClone(engagement);
  const { pageSize, fees, rights, ...rest } = copy;
  const validUntil =
    copy.validUntil ??
    (copy.validForDays === undefined
      ? undefined
      : Temporal.PlainDate.from(copy.issuedOn).add({ days: copy.validForDays }).toString());
  return {
    ...rest,
    ...(validUntil === undefined ? {} : { validUntil }),
    pageSize: pageSize ?? pageSizeFor(copy.locale),
    fees: resolveFees(fees),
    rights: { ...rights, ownershipTransfer: rights?.ownershipTransfer ?? "on-final-payment" },
  };
}

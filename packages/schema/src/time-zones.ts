import { didYouMean } from "./suggest.js";
import { quote } from "./safe-text.js";

// Time zones are IANA names ("Europe/Berlin"), never offsets: an offset does not
// follow daylight saving time, so "+01:00" is wrong for half of Berlin's year.

export type ZoneProblem = { code: string; message: string; hint?: string };

const ALIASES = ["UTC", "Etc/UTC"];
const PLACE_NAME = /^[A-Z][A-Za-z_-]*(\/[A-Z][A-Za-z0-9_+-]*)+$/;
const OFFSET = /^(?:(?:UTC|GMT|Z)\s*)?[+\-\u2212]\s*\d|^Etc\/GMT[+-]\d/i;
const GENERIC_HINT = 'use a place name such as "Europe/Berlin" or "America/New_York"';

let known: ReadonlySet<string> | undefined;

function knownZones(): ReadonlySet<string> {
  known ??= new Set([...Intl.supportedValuesOf("timeZone"), ...ALIASES]);
  return known;
}

/** The runtime's canonical name of a zone, or undefined when it does not know it. */
function resolveZone(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat("en", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * Accepts names the runtime lists, UTC/Etc/UTC, and other spellings it knows
 * that look like IANA place names (links such as "Asia/Kolkata" or
 * "US/Eastern" that ICU does not list). Offsets and Etc/GMT±N are refused.
 */
export function checkTimeZone(name: string, label: string): ZoneProblem | undefined {
  if (knownZones().has(name)) return undefined;
  if (OFFSET.test(name.trim())) {
    return {
      code: "UNKNOWN_TIME_ZONE",
      message: `${label} ${quote(name)} is an offset, not a time zone name`,
      hint: `offsets do not follow daylight saving time; ${GENERIC_HINT}`,
    };
  }
  const resolved = resolveZone(name);
  if (resolved !== undefined && PLACE_NAME.test(name) && !name.startsWith("Etc/")) {
    if (resolved === name || resolved.toLowerCase() !== name.toLowerCase()) return undefined;
  }
  const caseFix =
    resolved !== undefined && resolved.toLowerCase() === name.toLowerCase() ? resolved : undefined;
  const hint =
    caseFix !== undefined
      ? `did you mean '${caseFix}'?`
      : (didYouMean(name, knownZones()) ?? GENERIC_HINT);
  return {
    code: "UNKNOWN_TIME_ZONE",
    message: `${label} ${quote(name)} is not a known time zone`,
    hint,
  };
}

import {
  formatDate,
  formatList,
  formatMoney,
  formatNumber,
  formatPercent,
  formatTime,
  formatWeekdays,
  regionName,
  WEEKDAYS,
} from "@clausework/clauses";
import { error, warning, type Finding } from "./diagnostic.js";
import type { Engagement } from "./engagement.generated.js";
import { pdfUndrawable } from "./pdf-drawable.js";
import { codePointLabel, quote } from "./safe-text.js";

// The documents are written in English; the locale only formats dates, times,
// numbers, amounts, lists and country names, with the very formatters the
// clauses use. Some locales write those in scripts the embedded PDF fonts lack
// (ja-JP "2027年1月15日", th-TH "15 มกราคม 2570") or right to left (fa-IR, he-IL),
// and the PDF renderer would refuse them after everything else was built. They
// are refused here instead. Formatting with Latin digits would not be enough:
// month names, AM/PM markers and list words are in the script too, and fa-IR and
// th-TH count years in other calendars. Quietly swapping the locale would print
// other conventions than the ones asked for.

const MAX_LISTED = 5;

export function localeFindings(engagement: Engagement): Finding[] {
  const locale = engagement.locale;
  try {
    Intl.getCanonicalLocales(locale);
  } catch {
    return [
      error(
        "INVALID_LOCALE",
        "/locale",
        `locale ${locale} is not a valid language tag`,
        "use a tag such as en-GB",
      ),
    ];
  }
  if (Intl.NumberFormat.supportedLocalesOf([locale]).length === 0) {
    return [
      warning(
        "UNSUPPORTED_LOCALE",
        "/locale",
        `locale ${locale} is not supported here; dates and amounts would be formatted in another language`,
      ),
    ];
  }
  return drawableFindings(engagement);
}

/** What the documents print through the locale, one sample of each kind. */
function samples(engagement: Engagement): string[] {
  const { locale, currency } = engagement;
  const months = Array.from({ length: 12 }, (_, index) =>
    formatDate(`2027-${String(index + 1).padStart(2, "0")}-28`, locale),
  );
  const countries = [engagement.freelancer, engagement.client].flatMap((party) =>
    party.publicHolidays === undefined ? [] : [regionName(party.publicHolidays.country, locale)],
  );
  return [
    ...months,
    ...WEEKDAYS.map((day) => formatWeekdays([day], locale)),
    formatWeekdays(["mon", "wed", "fri"], locale),
    formatTime("09:05", locale),
    formatTime("21:30", locale),
    formatNumber(1234567.891, locale),
    formatPercent(12.5, locale),
    formatMoney({ minor: 1234567890, currency }, locale),
    formatList(["a", "b", "c"], locale, "and"),
    formatList(["a", "b", "c"], locale, "or"),
    ...countries,
  ];
}

function drawableFindings(engagement: Engagement): Finding[] {
  const locale = engagement.locale;
  const texts = samples(engagement);
  const missing = [...new Set(texts.flatMap(pdfUndrawable))];
  if (missing.length === 0) return [];
  const example = texts.find((text) => pdfUndrawable(text).length > 0) ?? "";
  const listed = missing
    .slice(0, MAX_LISTED)
    .map((codePoint) => codePointLabel(codePoint))
    .join(" ");
  const more = missing.length > MAX_LISTED ? ` and ${missing.length - MAX_LISTED} more` : "";
  return [
    error(
      "LOCALE_NOT_PRINTABLE",
      "/locale",
      `locale ${locale} writes dates and numbers such as ${quote(example)} with characters the PDF cannot show (${listed}${more})`,
      `the documents are written in English, and the PDF fonts draw Latin, Greek, Cyrillic, Hebrew and Arabic letters, Japanese and Chinese characters and a few other scripts; use an English locale such as ${englishLocales(locale)}`,
    ),
  ];
}

/** "en-JP" or "en-GB": English with the locale's region when it has one. */
function englishLocales(locale: string): string {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).region;
  } catch {
    region = undefined;
  }
  const candidates = region === undefined ? ["en-GB", "en-US"] : [`en-${region}`, "en-GB"];
  return candidates.map((candidate) => `"${candidate}"`).join(" or ");
}

// Test helper (excluded from the build): cases for the scalar $defs.
import type { DefCases } from "./test-defs.js";
import { engagementWith } from "./test-engagement.js";

const at = (pointer: string) => (value: unknown) => engagementWith([pointer, value]);

const hours = (from: unknown) =>
  engagementWith(["/freelancer/officeHours", [{ days: ["mon"], from, to: "17:00" }]]);

export const SCALAR_DEFS: Record<string, DefCases> = {
  slug: {
    pointer: "/id",
    place: at("/id"),
    valid: ["acme-blog-2027", "a"],
    invalid: [
      ["Acme", "INVALID_FORMAT"],
      ["a--b", "INVALID_FORMAT"],
      ["", "BLANK_TEXT"],
      ["a".repeat(65), "TOO_LONG"],
      [7, "WRONG_TYPE"],
    ],
  },
  name: {
    pointer: "/client/name",
    place: at("/client/name"),
    valid: ["Acme GmbH", "חברת שלום בע״מ", "株式会社テスト", "<script>alert(1)</script>"],
    invalid: [
      ["", "BLANK_TEXT"],
      ["   ", "BLANK_TEXT"],
      ["x".repeat(201), "TOO_LONG"],
      ["Ac\u200bme", "INVISIBLE_CHARACTER"],
      ["Soft\u00adhyphen", "INVISIBLE_CHARACTER"],
      [null, "REQUIRED"],
    ],
  },
  line: {
    pointer: "/project/title",
    place: at("/project/title"),
    valid: ["Weekly posts", "Soft\u00adhyphen", "Emoji 👩‍💻 with a joiner"],
    invalid: [
      ["x".repeat(501), "TOO_LONG"],
      ["a\u2060b", "INVISIBLE_CHARACTER"],
      ["bell\u0007", "CONTROL_CHARACTER"],
      ["Phase\uffff1", "NONCHARACTER"],
    ],
  },
  text: {
    pointer: "/project/summary",
    place: at("/project/summary"),
    valid: ["Line one\nLine two", "zero\u200bwidth is allowed in free text", "tab\there"],
    invalid: [
      ["x".repeat(10_001), "TOO_LONG"],
      ["a\u202eb", "BIDI_CONTROL"],
      ["a\u2067b", "BIDI_CONTROL"],
      ["\ufdd0", "NONCHARACTER"],
      ["half \ud800 pair", "NONCHARACTER"],
      ["C1 \u0085", "CONTROL_CHARACTER"],
    ],
  },
  calendarDate: {
    pointer: "/issuedOn",
    place: at("/issuedOn"),
    valid: ["2024-02-29", "2000-02-29"],
    invalid: [
      ["2023-02-29", "INVALID_DATE"],
      ["1900-02-29", "INVALID_DATE"],
      ["2027-13-01", "INVALID_DATE"],
      ["2027-04-31", "INVALID_DATE"],
      ["1 March 2027", "INVALID_DATE"],
      ["2027-03-01T10:00:00Z", "INVALID_DATE"],
    ],
  },
  time: {
    pointer: "/freelancer/officeHours/0/from",
    place: (value) => hours(value),
    valid: ["09:30", "00:00", "23:59"],
    invalid: [
      ["9:30", "INVALID_FORMAT"],
      ["24:00", "INVALID_FORMAT"],
      ["09:30:00", "INVALID_FORMAT"],
    ],
  },
  timeZone: {
    pointer: "/client/timeZone",
    place: at("/client/timeZone"),
    valid: ["Europe/Berlin", "America/Argentina/Buenos_Aires", "UTC", "Etc/UTC", "Asia/Kolkata"],
    invalid: [
      ["+01:00", "UNKNOWN_TIME_ZONE"],
      ["GMT+1", "UNKNOWN_TIME_ZONE"],
      ["Etc/GMT+1", "UNKNOWN_TIME_ZONE"],
      ["europe/berlin", "UNKNOWN_TIME_ZONE"],
      ["Mars/Olympus_Mons", "UNKNOWN_TIME_ZONE"],
      ["", "BLANK_TEXT"],
    ],
  },
  locale: {
    pointer: "/locale",
    place: at("/locale"),
    // zh-Hant-TW: its dates are in Han characters, which Noto Sans JP draws in the PDF.
    valid: ["en-GB", "de", "sr-Latn-RS", "es-419", "zh-Hant-TW"],
    invalid: [
      ["en_GB", "INVALID_FORMAT"],
      ["EN", "INVALID_FORMAT"],
      // Well formed, but its dates are in Hangul, which no PDF font has.
      ["ko-KR", "LOCALE_NOT_PRINTABLE"],
    ],
  },
  currency: {
    pointer: "/currency",
    place: at("/currency"),
    valid: ["EUR", "USD", "KWD"],
    invalid: [
      ["eur", "INVALID_FORMAT"],
      ["EURO", "INVALID_FORMAT"],
      ["XYZ", "UNKNOWN_CURRENCY"],
    ],
  },
  email: {
    pointer: "/client/email",
    place: at("/client/email"),
    valid: ["jane@example.com"],
    invalid: [
      ["jane.example.com", "INVALID_FORMAT"],
      [`${"a".repeat(250)}@example.com`, "TOO_LONG"],
    ],
  },
  phone: {
    pointer: "/client/phone",
    place: at("/client/phone"),
    valid: ["+44 20 7946 0958", "030 1234-5678"],
    invalid: [["call me", "INVALID_FORMAT"]],
  },
  url: {
    pointer: "/client/website",
    place: at("/client/website"),
    valid: ["https://example.com/path?q=1"],
    invalid: [
      ["javascript:alert(1)", "INVALID_FORMAT"],
      ["http://example.com", "INVALID_FORMAT"],
      ["https://exa\u202emple.com", "BIDI_CONTROL"],
    ],
  },
  weekday: {
    pointer: "/freelancer/daysOff/weekdays/0",
    place: (value) => engagementWith(["/freelancer/daysOff/weekdays", [value]]),
    valid: ["sat", "sun"],
    invalid: [
      ["Saturday", "NOT_ALLOWED"],
      ["SAT", "NOT_ALLOWED"],
    ],
  },
  money: {
    pointer: "/fees/amount",
    place: at("/fees/amount"),
    valid: [1500, 1500.5, "1500.50", "0", 10_000_000],
    invalid: [
      [-1500, "NEGATIVE_AMOUNT"],
      ["NaN", "INVALID_AMOUNT"],
      ["1.234,50", "INVALID_AMOUNT"],
      ["1,234.50", "INVALID_AMOUNT"],
      ["1500.505", "TOO_MANY_DECIMALS"],
      [10_000_000.01, "AMOUNT_TOO_LARGE"],
      [Infinity, "AMOUNT_TOO_LARGE"],
      [true, "WRONG_TYPE"],
    ],
  },
  percent: {
    pointer: "/fees/deposit/percent",
    place: at("/fees/deposit/percent"),
    valid: [0, 50, 33.5, 100],
    invalid: [
      [150, "OUT_OF_RANGE"],
      [-1, "OUT_OF_RANGE"],
      ["50", "WRONG_TYPE"],
    ],
  },
};

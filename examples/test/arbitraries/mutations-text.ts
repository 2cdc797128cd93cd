// Mutations of strings: characters the validator refuses anywhere (controls,
// direction overrides, noncharacters) or in names and lines (invisible ones),
// values that break their pattern, zone or currency, and secret-looking keys.
import { choose, choosePlace, type Mutate } from "./mutations-value.js";
import { childPointer, isObject, setAt } from "./schema-walk.js";

/** Inserts `char` into a string at a code point boundary. */
function insertInto(chars: readonly string[]): Mutate {
  return (engagement, pick) => {
    const place = choosePlace(engagement, pick, ({ value }) => typeof value === "string");
    if (place === undefined) return undefined;
    const codePoints = Array.from(String(place.value));
    const at = (pick >> 4) % (codePoints.length + 1);
    codePoints.splice(at, 0, choose(chars, pick >> 8) ?? "\u0000");
    setAt(engagement, place.pointer, codePoints.join(""));
    return place.pointer;
  };
}

const C0 = Array.from({ length: 32 }, (_, code) => code).filter(
  (code) => ![9, 10, 13].includes(code),
);
const C1 = Array.from({ length: 33 }, (_, index) => 0x7f + index);
export const controlCharacter = insertInto([...C0, ...C1].map((code) => String.fromCharCode(code)));
export const bidiControl = insertInto([
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
]);
export const noncharacter = insertInto(["\ufffe", "\uffff", "\ufdd0", "\ud800", "\udfff"]);

/** Invisible characters are refused in names and one-line texts (allowed in free text). */
export const invisibleCharacter: Mutate = (engagement, pick) => {
  const place = choosePlace(
    engagement,
    pick,
    ({ schema, value }) =>
      typeof value === "string" && (schema["x-text"] === "name" || schema["x-text"] === "line"),
  );
  if (place === undefined) return undefined;
  const codePoints = Array.from(String(place.value));
  codePoints.splice(
    (pick >> 4) % (codePoints.length + 1),
    0,
    choose(["\u200b", "\u2060", "\ufeff"], pick >> 8) ?? "\u200b",
  );
  setAt(engagement, place.pointer, codePoints.join(""));
  return place.pointer;
};

/** A value that breaks its pattern or format: a space and an angle bracket fit none of them. */
export const brokenPattern: Mutate = (engagement, pick) => {
  const place = choosePlace(
    engagement,
    pick,
    ({ schema, value }) =>
      typeof value === "string" &&
      (typeof schema.pattern === "string" || typeof schema.format === "string"),
  );
  if (place !== undefined) setAt(engagement, place.pointer, `${String(place.value)} <`);
  return place?.pointer;
};

const BAD_ZONES = [
  "+01:00",
  "UTC+1",
  "Etc/GMT-1",
  "Europe/Berln",
  "europe/berlin",
  "Mars/Olympus_Mons",
  "CET ",
];

export const badTimeZone: Mutate = (engagement, pick) => {
  const place = choosePlace(engagement, pick, ({ schema }) => schema["x-timezone"] === true);
  if (place !== undefined) setAt(engagement, place.pointer, choose(BAD_ZONES, pick >> 4));
  return place?.pointer;
};

export const badCurrency: Mutate = (engagement, pick) => {
  engagement.currency = choose(["XYZ", "EURO", "eur", "€", "US$", ""], pick) ?? "XYZ";
  return "/currency";
};

const SECRET_KEYS = ["password", "apiKey", "api_key", "accessToken", "clientSecret", "privateKey"];

/** A secret-looking key in any object, metadata included. */
export const secretKey: Mutate = (engagement, pick) => {
  const place = choosePlace(engagement, pick, ({ value }) => isObject(value)) ?? {
    pointer: "",
    value: engagement,
    schema: {},
  };
  const pointer = childPointer(place.pointer, choose(SECRET_KEYS, pick >> 4) ?? "password");
  setAt(engagement, pointer, "hunter2");
  return pointer;
};

// Parties: names, contacts, zones, public holidays, office hours (windows across
// midnight and empty-looking ones such as 09:00 to 09:00 included), response
// times, channels and days off.
import fc from "fast-check";
import { HOLIDAY_PLACES } from "@clausework/schema";
import type { Channel, DateOff, OfficeHoursWindow, Party } from "@clausework/schema";
import {
  calendarDate,
  nonEmpty,
  email,
  phone,
  time,
  timeZone,
  url,
  weekday,
  WEEKDAYS,
} from "./scalars.js";
import { maybe, sparseRecord, type Shape } from "./shape.js";
import { freeText, lineText, nameText } from "./text.js";

const days = () => fc.uniqueArray(weekday(), { minLength: 1, maxLength: 7 }).map(nonEmpty);

export const officeHoursWindow = (): fc.Arbitrary<OfficeHoursWindow> =>
  fc.oneof(
    fc.record({ days: days(), from: time(), to: time() }),
    // Across midnight, as the schema describes: "22:00 to 02:00".
    fc.record({
      days: days(),
      from: fc.constantFrom("22:00", "23:30", "18:00"),
      to: fc.constantFrom("02:00", "00:00", "06:15"),
    }),
  );

const channel = (shape: Shape): fc.Arbitrary<Channel> =>
  sparseRecord({
    kind: fc.constantFrom("email", "phone", "video", "chat", "sms", "in-person"),
    limit: maybe(
      shape,
      fc.record({
        count: fc.integer({ min: 1, max: 1000 }),
        per: fc.constantFrom("day", "week", "month"),
      }),
    ),
    note: maybe(shape, lineText(8)),
  });

const dateOff = (shape: Shape): fc.Arbitrary<DateOff> =>
  sparseRecord({ date: calendarDate(), label: maybe(shape, lineText(4)) });

/** Any subset of weekdays, all seven included: a party may never work. */
const weekdaysOff = () => fc.subarray([...WEEKDAYS]);

const daysOff = (shape: Shape): fc.Arbitrary<NonNullable<Party["daysOff"]>> =>
  sparseRecord({
    weekdays: maybe(shape, weekdaysOff()),
    dates: maybe(shape, fc.array(dateOff(shape), { maxLength: 4 })),
    note: maybe(shape, freeText()),
  });

/** Every country and region date-holidays knows (validate refuses others). */
const HOLIDAY_PLACE_LIST: NonNullable<Party["publicHolidays"]>[] = Object.entries(
  HOLIDAY_PLACES,
).flatMap(([code, place]) => [
  { country: code },
  ...Object.keys(place.regions)
    .filter((region) => /^[A-Z0-9]{1,3}$/.test(region))
    .map((region) => ({ country: code, region })),
]);

const PUBLIC_HOLIDAYS: fc.Arbitrary<NonNullable<Party["publicHolidays"]>> = fc.oneof(
  fc.constantFrom(
    { country: "DE", region: "BE" },
    { country: "US", region: "NY" },
    { country: "GB", region: "ENG" },
    { country: "CA", region: "NS" },
    { country: "AU", region: "SA" },
    { country: "PT" },
  ),
  fc.constantFrom(...HOLIDAY_PLACE_LIST),
);

const contact = (shape: Shape): fc.Arbitrary<NonNullable<Party["contact"]>> =>
  sparseRecord({
    name: nameText(),
    role: maybe(shape, lineText(5)),
    email: maybe(shape, email()),
    phone: maybe(shape, phone()),
  });

export const party = (shape: Shape): fc.Arbitrary<Party> =>
  sparseRecord({
    name: nameText(),
    businessName: maybe(shape, nameText()),
    contact: maybe(shape, contact(shape)),
    address: maybe(shape, freeText()),
    email: maybe(shape, email()),
    phone: maybe(shape, phone()),
    website: maybe(shape, url()),
    timeZone: timeZone(),
    publicHolidays: maybe(shape, PUBLIC_HOLIDAYS),
    officeHours: maybe(shape, fc.array(officeHoursWindow(), { maxLength: 3 })),
    responseTime: maybe(
      shape,
      fc.record({
        within: fc.integer({ min: 1, max: 720 }),
        unit: fc.constantFrom("hours", "business-days"),
      }),
    ),
    channels: maybe(shape, fc.array(channel(shape), { maxLength: 3 })),
    daysOff: maybe(shape, daysOff(shape)),
  });

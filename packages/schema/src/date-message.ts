import { quote } from "./safe-text.js";

// ajv-formats says only "must match format date". People need to hear why
// 2023-02-29 is wrong.

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The message for a string that fails the date format. */
export function invalidDateMessage(
  label: string,
  value: string,
): { message: string; hint: string } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const hint = "write dates as YYYY-MM-DD, e.g. 2027-03-01";
  if (match === null)
    return { message: `${label} must be a date like 2027-03-01, got ${quote(value)}`, hint };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return { message: `${label}: ${value} is not a valid date${reason(year, month, day)}`, hint };
}

function reason(year: number, month: number, day: number): string {
  if (month < 1 || month > 12) return ` (there is no month ${month})`;
  if (day < 1) return " (there is no day 0)";
  if (month === 2 && day === 29) return ` (${year} is not a leap year)`;
  return ` (${MONTHS[month - 1] ?? ""} has ${daysInMonth(year, month)} days)`;
}

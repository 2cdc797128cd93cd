// The engagements under examples/engagements are what users copy, so each one
// must validate cleanly and must never carry real people's contact details.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validate } from "@clausework/schema";

const directory = new URL("../engagements/", import.meta.url);
const fileNames = readdirSync(directory)
  .filter((name) => name.endsWith(".json"))
  .sort();

const read = (name: string): string => readFileSync(new URL(name, directory), "utf8");

// Domains and number ranges set aside for documentation and fiction
// (RFC 2606; Ofcom drama numbers; NANP 555-0100..0199; Bundesnetzagentur drama numbers).
const reservedEmail = /@([a-z0-9-]+\.)*example\.(com|org|net)$/;
const reservedWebsite = /^https:\/\/([a-z0-9-]+\.)*example\.(com|org|net)(\/|$)/;
const reservedPhones = [
  /^\+44 20 7946 0\d{3}$/,
  /^\+1 \d{3} 555 01\d{2}$/,
  /^\+49 30 23125 \d{3}$/,
  /^\+49 40 66969 \d{3}$/,
];

const valuesUnder = (value: unknown, key: string): string[] => {
  if (Array.isArray(value)) return value.flatMap((item) => valuesUnder(item, key));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([entryKey, entryValue]) =>
    entryKey === key && typeof entryValue === "string"
      ? [entryValue]
      : valuesUnder(entryValue, key),
  );
};

describe("example engagements", () => {
  it("includes the four documented examples", () => {
    expect(fileNames).toEqual(
      expect.arrayContaining([
        "blog-retainer.json",
        "podcast-production.json",
        "va-retainer-handover.json",
        "web-design.json",
      ]),
    );
  });

  it.each(fileNames)("%s validates with no diagnostics", (name) => {
    const result = validate(read(name), { fileName: `examples/engagements/${name}` });
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.engagement).toBeDefined();
  });

  it.each(fileNames)("%s points editors at the schema", (name) => {
    const parsed: unknown = JSON.parse(read(name));
    expect(parsed).toMatchObject({ $schema: "../../schemas/engagement.schema.json" });
  });

  it("gives every example its own id", () => {
    const ids = fileNames.map((name) => {
      const parsed: unknown = JSON.parse(read(name));
      return typeof parsed === "object" && parsed !== null && "id" in parsed ? parsed.id : name;
    });
    expect(new Set(ids).size).toBe(fileNames.length);
  });

  it.each(fileNames)("%s uses only reserved email addresses and phone numbers", (name) => {
    const parsed: unknown = JSON.parse(read(name));
    const emails = valuesUnder(parsed, "email");
    const phones = valuesUnder(parsed, "phone");
    const websites = valuesUnder(parsed, "website");
    expect(emails.length).toBeGreaterThan(0);
    expect(emails.filter((email) => !reservedEmail.test(email))).toEqual([]);
    expect(websites.filter((site) => !reservedWebsite.test(site))).toEqual([]);
    expect(phones.filter((phone) => !reservedPhones.some((range) => range.test(phone)))).toEqual(
      [],
    );
  });
});

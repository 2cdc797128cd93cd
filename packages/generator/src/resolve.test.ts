import type { Engagement } from "@clausework/schema";
import { describe, expect, it } from "vitest";
import { engagement } from "./derive/test-engagement.js";
import { pageSizeFor, resolve } from "./resolve.js";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe("resolve", () => {
  it("fills the defaults", () => {
    const resolved = resolve(
      engagement({
        validForDays: 21,
        fees: {
          model: "fixed-fee",
          amount: 1000,
          deposit: { percent: 50 },
          lateFee: { percent: 2 },
        },
      }),
    );
    expect(resolved.fees.deposit?.refundable).toBe(false);
    expect(resolved.fees.lateFee?.graceDays).toBe(0);
    expect(resolved.rights.ownershipTransfer).toBe("on-final-payment");
    expect(resolved.pageSize).toBe("A4");
    // Hard: 2027-01-11 + 21 days crosses into February.
    expect(resolved.validUntil).toBe("2027-02-01");
  });

  it("keeps what the author wrote over the defaults", () => {
    const resolved = resolve(
      engagement({
        pageSize: "LETTER",
        validUntil: "2027-01-20",
        validForDays: 90,
        rights: { ownershipTransfer: "on-delivery", attribution: "byline" },
        fees: {
          model: "fixed-fee",
          amount: 1000,
          deposit: { amount: 100, refundable: true },
          lateFee: { amount: 25, graceDays: 7 },
        },
      }),
    );
    expect(resolved.pageSize).toBe("LETTER");
    expect(resolved.validUntil).toBe("2027-01-20");
    expect(resolved.rights).toEqual({ ownershipTransfer: "on-delivery", attribution: "byline" });
    expect(resolved.fees.deposit).toEqual({ amount: 100, refundable: true });
    expect(resolved.fees.lateFee).toEqual({ amount: 25, graceDays: 7 });
  });

  it("adds no deposit or late fee that was not asked for", () => {
    const resolved = resolve(engagement());
    expect(resolved.fees).toEqual({ model: "fixed-fee", amount: "1000.00" });
    expect("validUntil" in resolved).toBe(false);
  });

  it("never mutates its input, and shares no object with it", () => {
    const input: Engagement = deepFreeze(
      engagement({
        validForDays: 5,
        fees: { model: "retainer", amount: 3000, deposit: { percent: 50 } },
      }),
    );
    const before = JSON.stringify(input);
    const resolved = resolve(input); // would throw on a frozen object if it wrote to it
    expect(JSON.stringify(input)).toBe(before);
    expect(resolved.client).not.toBe(input.client);
    expect(resolved.fees.deposit).not.toBe(input.fees.deposit);
    resolved.client.name = "Changed";
    expect(input.client.name).toBe("Clara Client");
  });
});

describe("pageSizeFor", () => {
  it.each([
    ["en-US", "LETTER"],
    ["en-GB", "A4"],
    // Hard: same language, different paper; the region decides.
    ["fr-CA", "LETTER"],
    ["fr-FR", "A4"],
    ["es-MX", "LETTER"],
    ["es-ES", "A4"],
    ["en-PH", "LETTER"],
    // Hard: no region; the likely region of "en" is US, of "de" is DE.
    ["en", "LETTER"],
    ["de", "A4"],
    // Hard: a UN M.49 region code, not a country.
    ["es-419", "A4"],
  ])("%s prints on %s", (locale, size) => {
    expect(pageSizeFor(locale)).toBe(size);
  });
});

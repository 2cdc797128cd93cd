import { describe, expect, it } from "vitest";
import type { Facts } from "../../facts.js";
import { check, cleanEngagement, newYork } from "../test-support.js";
import { usNyMailingAddresses } from "./us-ny-mailing-addresses.js";

/** A fixed fee with no estimate: the fee alone decides whether the Act applies. */
const withoutEstimate = ({ estimatedTotal: _estimate, ...money }: Facts["money"]) => money;

function withoutClientAddress(feeMinor?: number) {
  const { engagement, facts } = newYork();
  delete engagement.client.address;
  if (feeMinor === undefined) return { engagement, facts };
  const fee = { minor: feeMinor, currency: "USD" };
  return { engagement, facts: { ...facts, money: { ...withoutEstimate(facts.money), fee } } };
}

describe("us-ny-mailing-addresses", () => {
  it("stays quiet when both addresses are given, and outside New York", () => {
    const { engagement, facts } = newYork();
    expect(check(usNyMailingAddresses, engagement, facts)).toEqual([]);
    const elsewhere = cleanEngagement();
    delete elsewhere.client.address;
    expect(check(usNyMailingAddresses, elsewhere)).toEqual([]);
  });

  it("fires for each party without a mailing address", () => {
    const { engagement, facts } = withoutClientAddress();
    delete engagement.freelancer.address;
    const findings = check(usNyMailingAddresses, engagement, facts);
    expect(findings.map((f) => [f.pointer, f.severity])).toEqual([
      ["/freelancer/address", undefined],
      ["/client/address", undefined],
    ]);
    expect(findings[1]?.message).toContain("NY General Business Law §1412(2)");
  });

  it("warns from $800.00 and only informs at $799.99, noting the 120-day aggregation", () => {
    const at = withoutClientAddress(80_000);
    expect(check(usNyMailingAddresses, at.engagement, at.facts)[0]?.severity).toBeUndefined();
    const under = withoutClientAddress(79_999);
    const [finding] = check(usNyMailingAddresses, under.engagement, under.facts);
    expect(finding?.severity).toBe("info");
    expect(finding?.message).toContain(
      "This engagement alone is under $800.00, but the Act also applies when your contracts with this client in the preceding 120 days add up to $800.00.",
    );
  });

  it("treats an open-ended rate as covered", () => {
    const { engagement, facts } = withoutClientAddress(5_000);
    engagement.fees.model = "hourly";
    expect(check(usNyMailingAddresses, engagement, facts)[0]?.severity).toBeUndefined();
  });
});

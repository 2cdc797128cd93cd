import { describe, expect, it } from "vitest";
import type { Facts } from "../../facts.js";
import { cleanFacts, engagementWith, newYork } from "../test-support.js";
import { statutoryTerms } from "./terms.js";

const inPlace = (jurisdiction: string | undefined, locale = "en-GB") =>
  engagementWith((e) => {
    if (jurisdiction === undefined) delete e.jurisdiction;
    else e.jurisdiction = jurisdiction;
    e.locale = locale;
  });

function inPounds(debtsMinor: number[]): Facts {
  const base = cleanFacts("GBP");
  const instalments = debtsMinor.map((minor, index) => ({
    label: `Instalment ${index + 1}`,
    amount: { minor, currency: "GBP" },
    due: "completion" as const,
  }));
  return { ...base, money: { ...base.money, instalments } };
}

describe("statutoryTerms", () => {
  it("has nothing to say without a profile", () => {
    expect(statutoryTerms(inPlace(undefined), cleanFacts())).toBeUndefined();
    expect(statutoryTerms(inPlace("CH"), cleanFacts())).toBeUndefined();
  });

  it("UK: 8 points over base rate, the £40/£70/£100 bands for this contract's invoices, 30 and 60 days", () => {
    const terms = statutoryTerms(inPlace("UK"), inPounds([140_000, 140_000, 50_000]), {
      referenceRatePercent: 4.25,
      referenceRateAsOf: "2027-01-01",
    });
    expect(terms?.heading).toBe("Late payment: statutory interest and compensation");
    expect(terms?.paragraphs).toEqual([
      "If the client pays late, the freelancer may claim interest of 8 percentage points a year over the Bank of England base rate under the Late Payment of Commercial Debts (Interest) Act 1998, as amended by the Late Payment of Commercial Debts Regulations 2013 (Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002, SI 2002/1675). The base rate on 31 December applies for the first half of a year, the rate on 30 June for the second. With the reference rate at 4.25% on 2027-01-01, that is 12.25% a year.",
      "The freelancer may also claim, for each late invoice, a fixed sum of £40.00 for a debt under £1,000.00, £70.00 for a debt under £10,000.00 and £100.00 for a debt of £10,000.00 or more (Late Payment of Commercial Debts (Interest) Act 1998, s. 5A). For the invoices under this contract, that is £70.00 on £1,400.00, £40.00 on £500.00. Reasonable costs of recovery beyond the fixed sum can be claimed as well (s. 5A(2A), inserted by SI 2013/395).",
      "Where no payment date is agreed, the payment counts as late, and interest runs, from 30 days after the invoice or the delivery of the services, whichever is later (Late Payment of Commercial Debts (Interest) Act 1998, s. 4, as amended by SI 2013/395); a payment term of more than 60 days binds only if it is expressly agreed and not grossly unfair to the freelancer (Late Payment of Commercial Debts (Interest) Act 1998, s. 4, as amended by SI 2013/395).",
    ]);
  });

  it("DE: 9 points over the base rate, €40 also per instalment, default after 30 days", () => {
    const terms = statutoryTerms(inPlace("DE", "en-IE"), cleanFacts(), {
      referenceRatePercent: 2.27,
    });
    const text = terms?.paragraphs.join(" ") ?? "";
    expect(text).toContain(
      "9 percentage points a year over the base rate (Basiszinssatz, BGB §247) under the German Civil Code (BGB §288(2))",
    );
    expect(text).toContain("With the reference rate at 2.27%, that is 11.27% a year.");
    expect(text).toContain(
      "for each late payment, including each late deposit or instalment, a fixed sum of €40.00 (BGB §288(5))",
    );
    expect(text).toContain(
      "interest runs, from 30 days after the due date and receipt of the invoice (BGB §286(3))",
    );
    expect(text).not.toContain("at least");
  });

  it("EU: the Directive's figures are minimums", () => {
    const text = statutoryTerms(inPlace("FR"), cleanFacts())?.paragraphs.join(" ") ?? "";
    expect(text).toContain(
      "interest of at least 8 percentage points a year over the European Central Bank's main refinancing rate",
    );
    expect(text).toContain(
      "for each late payment, a fixed sum of at least €40.00 (Directive 2011/7/EU, art. 6(1))",
    );
    expect(text).not.toContain("With the reference rate");
  });

  it("US-NY: the Freelance Isn't Free Act, its $800 threshold and the 30-day default", () => {
    const { engagement, facts } = newYork();
    const terms = statutoryTerms(engagement, facts);
    expect(terms?.heading).toBe("New York's Freelance Isn't Free Act");
    expect(terms?.paragraphs[0]).toContain(
      "services worth $800.00 or more, alone or together with all contracts between the same parties in the preceding 120 days",
    );
    expect(terms?.paragraphs[2]).toBe(
      "The client pays on the dates this contract sets; where it sets none, within 30 days after completion of the services (NY General Business Law §1413; NYC Admin. Code §20-929).",
    );
  });

  it("never puts a line feed in a paragraph", () => {
    for (const jurisdiction of ["UK", "DE", "EU", "US-NY"]) {
      for (const paragraph of statutoryTerms(inPlace(jurisdiction), cleanFacts())?.paragraphs ??
        []) {
        expect(paragraph).not.toMatch(/\n/);
      }
    }
  });
});

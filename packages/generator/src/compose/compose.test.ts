import type { Engagement } from "@clausework/schema";
import type { DocumentKind, DocumentModel } from "@clausework/model";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { derive } from "../derive/index.js";
import { resolve } from "../resolve.js";
import { compose } from "./index.js";
import { ComposeError } from "./errors.js";
import { FULL_FACTS, fullEngagement, MINIMAL_FACTS, minimalEngagement } from "./test-fixtures.js";
import { blocksOfType, documentTexts, expectClean, sections } from "./test-walk.js";

const KINDS: readonly DocumentKind[] = ["proposal", "contract", "handover"];
const examplesDir = new URL("../../../../examples/engagements/", import.meta.url);

function composedDocuments(): [string, DocumentModel][] {
  const out: [string, DocumentModel][] = [];
  for (const kind of KINDS) out.push([`full ${kind}`, compose(fullEngagement(), FULL_FACTS, kind)]);
  for (const kind of ["proposal", "contract"] as const) {
    out.push([`minimal ${kind}`, compose(minimalEngagement(), MINIMAL_FACTS, kind)]);
  }
  return out;
}

function exampleDocuments(): [string, DocumentModel][] {
  const files = readdirSync(examplesDir)
    .filter((file) => file.endsWith(".json"))
    .sort();
  return files.flatMap((file) => {
    const engagement = resolve(
      JSON.parse(readFileSync(new URL(file, examplesDir), "utf8")) as Engagement,
    );
    const facts = derive(engagement);
    const kinds = KINDS.filter((kind) => kind !== "handover" || engagement.handover !== undefined);
    return kinds.map(
      (kind) => [`${file} ${kind}`, compose(engagement, facts, kind)] as [string, DocumentModel],
    );
  });
}

describe("compose", () => {
  it.each(composedDocuments())(
    "%s has no undefined, NaN, object text or empty section",
    (name, document) => {
      expectClean(name, document);
    },
  );

  it.each(exampleDocuments())(
    "example %s composes cleanly from derived facts",
    (name, document) => {
      expectClean(name, document);
    },
  );

  it("numbers the contract's sections and nothing else", () => {
    const contract = compose(fullEngagement(), FULL_FACTS, "contract");
    const top = contract.children.filter((block) => block.type === "section");
    expect(top.map((section) => section.number)).toEqual(top.map((_, index) => `${index + 1}`));
    const payment = top.find((section) => section.id === "payment");
    const subsections = payment?.children.filter((block) => block.type === "section") ?? [];
    expect(subsections[0]?.number).toBe(`${payment?.number}.1`);
    const proposal = compose(fullEngagement(), FULL_FACTS, "proposal");
    expect(sections(proposal).every((section) => section.number === undefined)).toBe(true);
  });

  it("takes meta from the engagement and facts", () => {
    const proposal = compose(fullEngagement(), FULL_FACTS, "proposal");
    expect(proposal.meta).toEqual({
      id: "acme-blog-2027-proposal",
      title: "Proposal: Weekly blog posts",
      subtitle: "From Jane Doe Writing Ltd for Acme & Sons",
      subject: "Proposal for Weekly blog posts, From Jane Doe Writing Ltd for Acme & Sons",
      author: "Jane Doe Writing Ltd",
      parties: ["Jane Doe Writing Ltd", "Acme & Sons"],
      issuedOn: "2027-01-15",
      language: "en-GB",
      pageSize: "A4",
    });
    expect(compose(fullEngagement(), FULL_FACTS, "handover").meta.issuedOn).toBe("2027-04-30");
  });

  it("is deterministic: the same input gives the same model", () => {
    for (const kind of KINDS) {
      const first = JSON.stringify(compose(fullEngagement(), FULL_FACTS, kind));
      expect(JSON.stringify(compose(fullEngagement(), FULL_FACTS, kind))).toBe(first);
    }
  });

  it("does not change its input", () => {
    const engagement = fullEngagement();
    const before = JSON.stringify([engagement, FULL_FACTS]);
    compose(engagement, FULL_FACTS, "contract");
    expect(JSON.stringify([engagement, FULL_FACTS])).toBe(before);
  });

  it("formats dates and amounts in the locale asked for", () => {
    const american = compose(fullEngagement(), FULL_FACTS, "contract", { locale: "en-US" });
    const texts = documentTexts(american).join("\n");
    expect(texts).toContain("February 1, 2027");
    expect(texts).not.toContain("1 February 2027");
    expect(american.meta.language).toBe("en-US");
    expect(() =>
      compose(fullEngagement(), FULL_FACTS, "contract", { locale: "not a locale" }),
    ).toThrow(ComposeError);
  });

  it("states office hours in both zones", () => {
    const texts = documentTexts(compose(fullEngagement(), FULL_FACTS, "contract"));
    expect(texts).toContain(
      "Monday to Friday, 09:00–17:00 London time (04:00–12:00 New York time)",
    );
  });

  it("states late fees with their period and grace, and the deposit rule", () => {
    const texts = documentTexts(compose(fullEngagement(), FULL_FACTS, "contract"));
    expect(texts).toContain(
      "An overdue amount carries a late fee of 1.5% of the amount per month, starting 14 days after the due date. For example, on £2,400.00 overdue for one month, the late fee is £36.00.",
    );
    expect(texts.join("\n")).toContain("Work starts when the deposit arrives");
    expect(texts.join("\n")).toContain("The deposit is not refundable");
    expect(texts.join("\n")).toContain(
      "I keep all rights in the work until your final payment arrives.",
    );
  });

  it("refuses a handover without handover data", () => {
    expect(() => compose(minimalEngagement(), MINIMAL_FACTS, "handover")).toThrow(
      expect.objectContaining({ code: "HANDOVER_MISSING" }),
    );
  });

  it("puts the legal notice first in the contract and signatures last", () => {
    const contract = compose(minimalEngagement(), MINIMAL_FACTS, "contract");
    const first = contract.children[0];
    expect(first?.type === "notice" && first.tone).toBe("legal");
    expect(contract.children.at(-1)?.type).toBe("signatures");
    expect(
      blocksOfType(contract, "signatures")[0]?.parties.map((party) => party.partyName),
    ).toEqual(["Fran Freelancer", "Clara Client"]);
  });
});

// Table-driven over every clause of the library: with the full fixture the clause
// is in its document; with the data it depends on removed, it is cleanly left out.
import { clauses } from "@clausework/clauses";
import type { DocumentKind, DocumentModel } from "@clausework/model";
import { describe, expect, it } from "vitest";
import type { Facts } from "../facts.js";
import type { ResolvedEngagement } from "../resolve.js";
import { compose } from "./index.js";
import { FULL_FACTS, fullEngagement } from "./test-fixtures.js";
import { blocksOfType, documentTexts, expectClean, sectionIds } from "./test-walk.js";

type Data = { engagement: ResolvedEngagement; facts: Facts };
type Case = {
  readonly kind: DocumentKind;
  /** Removes what the clause depends on; absent for clauses every document has. */
  readonly absent?: (data: Data) => void;
  /** How to see the clause in the document; by default, a section with its id. */
  readonly found?: (document: DocumentModel) => boolean;
};

/** Deletes dotted paths from an object tree (test data only). */
function remove(root: object, ...paths: string[]): void {
  for (const path of paths) {
    const parts = path.split(".");
    const last = parts.pop() as string;
    let node: unknown = root;
    for (const part of parts) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node === "object" && node !== null) delete (node as Record<string, unknown>)[last];
  }
}

const hasText = (snippet: string) => (document: DocumentModel) =>
  documentTexts(document).some((text) => text.includes(snippet));
const hasNotice = (tone: string) => (document: DocumentModel) =>
  blocksOfType(document, "notice").some((notice) => notice.tone === tone);
const engagementWithout =
  (...paths: string[]) =>
  (data: Data) =>
    remove(data.engagement, ...paths);
const factsWithout =
  (...paths: string[]) =>
  (data: Data) =>
    remove(data.facts, ...paths);
const milestonesWithout = (owner: string) => (data: Data) => {
  data.facts = {
    ...data.facts,
    milestones: data.facts.milestones.filter((entry) => entry.owner !== owner),
  };
};

const CASES: Readonly<Record<string, Case>> = {
  "proposal-notice": { kind: "proposal", found: hasNotice("info") },
  "legal-notice": { kind: "contract", found: hasNotice("legal") },
  parties: { kind: "contract" },
  "project-summary": {
    kind: "contract",
    absent: engagementWithout("project.summary", "scope.summary"),
    found: hasText("Research, writing and revisions"),
  },
  deliverables: { kind: "contract" },
  retainer: { kind: "contract", absent: engagementWithout("scope.retainer") },
  "out-of-scope": { kind: "contract", absent: engagementWithout("scope.outOfScope") },
  schedule: { kind: "contract", found: hasText("The work starts on") },
  "client-inputs": { kind: "contract", absent: milestonesWithout("client") },
  deadlines: { kind: "contract", absent: milestonesWithout("freelancer") },
  "office-hours": {
    kind: "contract",
    absent: (data) => void (data.facts = { ...data.facts, officeHours: {} }),
  },
  "response-times": {
    kind: "contract",
    absent: engagementWithout("freelancer.responseTime", "client.responseTime"),
  },
  channels: {
    kind: "contract",
    absent: engagementWithout("freelancer.channels", "client.channels"),
  },
  "days-off": {
    kind: "contract",
    absent: engagementWithout("freelancer.daysOff", "freelancer.publicHolidays"),
  },
  method: {
    kind: "contract",
    absent: engagementWithout(
      "method.images",
      "method.fileFormats",
      "method.research",
      "method.tools",
    ),
  },
  revisions: {
    kind: "contract",
    absent: (data) => {
      remove(data.engagement, "method.revisionRounds");
      remove(data.facts, "money.extraRevision");
    },
  },
  subcontractors: { kind: "contract", absent: engagementWithout("method.subcontractors") },
  fees: { kind: "contract", found: hasText("The fee for the whole project is £4,800.00.") },
  deposit: { kind: "contract", absent: factsWithout("money.deposit") },
  "payment-terms": { kind: "contract", absent: engagementWithout("fees.netDays") },
  "late-fee": { kind: "contract", absent: factsWithout("money.lateFee") },
  "statutory-terms": { kind: "contract", absent: engagementWithout("jurisdiction") },
  "rush-fee": { kind: "contract", absent: factsWithout("money.rushFee") },
  "extra-work": { kind: "contract", absent: factsWithout("money.extraWork") },
  expenses: { kind: "contract", absent: engagementWithout("fees.expenses") },
  "term-review": {
    kind: "contract",
    absent: (data) => {
      remove(data.engagement, "schedule.termMonths");
      remove(data.facts, "reviewOn");
    },
  },
  "step-up": { kind: "contract", absent: factsWithout("money.stepUp") },
  ownership: { kind: "contract", absent: engagementWithout("rights.ownershipTransfer") },
  attribution: { kind: "contract", absent: engagementWithout("rights.attribution") },
  usage: {
    kind: "contract",
    absent: engagementWithout("rights.allowedUses", "rights.forbiddenUses"),
  },
  portfolio: { kind: "contract", absent: engagementWithout("rights.portfolio") },
  confidentiality: { kind: "contract" },
  termination: { kind: "contract" },
  "final-files": {
    kind: "contract",
    absent: (data) => void (data.engagement.fees.model = "retainer"),
  },
  "offer-validity": { kind: "contract", absent: factsWithout("offerExpiresOn") },
  signatures: {
    kind: "contract",
    found: (document) => blocksOfType(document, "signatures").length === 1,
  },
  "next-steps": { kind: "proposal" },
  "handover-transition": { kind: "handover" },
  "handover-projects": { kind: "handover", absent: engagementWithout("handover.projects") },
  "handover-procedures": { kind: "handover", absent: engagementWithout("handover.procedures") },
  "handover-accounts": { kind: "handover", absent: engagementWithout("handover.accounts") },
  "handover-invoices": {
    kind: "handover",
    absent: (data) => {
      remove(data.engagement, "handover.invoices");
      data.facts = { ...data.facts, money: { ...data.facts.money, invoices: [] } };
    },
  },
  "handover-confidentiality": { kind: "handover" },
  "handover-after": { kind: "handover", absent: engagementWithout("handover.afterHandover") },
};

function composeCase(id: string, withData: boolean): DocumentModel {
  const testCase = CASES[id] as Case;
  const data: Data = { engagement: fullEngagement(), facts: structuredClone(FULL_FACTS) };
  if (!withData) testCase.absent?.(data);
  return compose(data.engagement, data.facts, testCase.kind);
}

function isFound(id: string, document: DocumentModel): boolean {
  const found = CASES[id]?.found ?? ((doc: DocumentModel) => sectionIds(doc).includes(id));
  return found(document);
}

const ids = clauses.map((clause) => clause.id);

describe("every clause", () => {
  it("has a case in this table, and the table names no other clause", () => {
    expect(Object.keys(CASES).sort()).toEqual([...ids].sort());
  });

  it.each(ids)("%s is in its document when its data is present", (id) => {
    expect(isFound(id, composeCase(id, true))).toBe(true);
  });

  const optional = ids.filter((id) => CASES[id]?.absent !== undefined);
  it.each(optional)("%s is left out cleanly when its data is absent", (id) => {
    const document = composeCase(id, false);
    expect(isFound(id, document)).toBe(false);
    expectClean(`${id} absent`, document);
  });

  it("only clauses without a condition are in every document", () => {
    const always = ids.filter((id) => CASES[id]?.absent === undefined);
    for (const id of always) {
      const clause = clauses.find((entry) => entry.id === id);
      const condition = clause?.when;
      // Those with a condition depend on required data (deliverables, transition date).
      expect(
        condition === undefined || ["deliverables", "handover.transitionDate"].includes(condition),
        id,
      ).toBe(true);
    }
  });
});

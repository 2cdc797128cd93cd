// A proposal becomes a contract without retyping: both are made from the same data
// and say the same things about what, when, how and cost. They differ only in the
// proposal's non-binding notice and next steps, and the contract's legal notice,
// numbering and signatures.
import { formatMoney } from "@clausework/clauses";
import type { DocumentModel } from "@clausework/model";
import { describe, expect, it } from "vitest";
import type { MoneyAmount } from "../facts.js";
import { compose } from "./index.js";
import { FULL_FACTS, fullEngagement, MINIMAL_FACTS, minimalEngagement } from "./test-fixtures.js";
import { blocksOfType, documentTexts, sectionIds } from "./test-walk.js";

const engagement = fullEngagement();
const proposal = compose(engagement, FULL_FACTS, "proposal");
const contract = compose(engagement, FULL_FACTS, "contract");
const allText = (document: DocumentModel) => documentTexts(document).join("\n");

function everyAmount(): MoneyAmount[] {
  const money = FULL_FACTS.money;
  return [
    money.fee,
    ...(money.deposit === undefined ? [] : [money.deposit]),
    ...(money.balance === undefined ? [] : [money.balance]),
    ...money.instalments.map((instalment) => instalment.amount),
    ...(money.lateFee?.example === undefined ? [] : [money.lateFee.example.fee]),
    ...(money.rushFee?.example === undefined ? [] : [money.rushFee.example]),
    ...(money.extraRevision === undefined ? [] : [money.extraRevision]),
    ...(money.extraWork === undefined ? [] : [money.extraWork.amount]),
    ...(money.expensesPreApprovalAbove === undefined ? [] : [money.expensesPreApprovalAbove]),
    ...(money.stepUp === undefined ? [] : [money.stepUp.amount, money.stepUp.increase]),
    ...(money.killFee === undefined ? [] : [money.killFee]),
  ];
}

describe("a proposal and its contract", () => {
  it.each([
    ["proposal", proposal],
    ["contract", contract],
  ] as const)("the %s names every deliverable and every amount", (_kind, document) => {
    const text = allText(document);
    for (const deliverable of engagement.deliverables) expect(text).toContain(deliverable.title);
    for (const amount of everyAmount()) expect(text).toContain(formatMoney(amount, "en-GB"));
  });

  it("have the same schedule: every deadline of both parties", () => {
    const [proposalSchedule] = blocksOfType(proposal, "schedule");
    expect(proposalSchedule?.entries).toHaveLength(FULL_FACTS.milestones.length);
    expect(blocksOfType(contract, "schedule")).toEqual(blocksOfType(proposal, "schedule"));
  });

  it("have the same fee tables and key facts", () => {
    expect(blocksOfType(contract, "table")).toEqual(blocksOfType(proposal, "table"));
    expect(blocksOfType(contract, "keyFacts")).toEqual(blocksOfType(proposal, "keyFacts"));
  });

  it("have the same clause sections, but for the proposal's next steps and the contract's statutory terms", () => {
    const groups = new Set([
      "scope",
      "timing",
      "working-together",
      "how",
      "payment",
      "rights",
      "ending",
      "cost",
      "key-terms",
    ]);
    const clausesOf = (document: DocumentModel) =>
      sectionIds(document).filter((id) => !groups.has(id));
    expect(
      clausesOf(proposal)
        .filter((id) => id !== "next-steps")
        .sort(),
    ).toEqual(
      clausesOf(contract)
        .filter((id) => id !== "statutory-terms")
        .sort(),
    );
    expect(clausesOf(contract)).toContain("statutory-terms");
  });

  it("only the contract has signatures, the legal notice and numbers", () => {
    expect(blocksOfType(contract, "signatures")).toHaveLength(1);
    expect(blocksOfType(proposal, "signatures")).toHaveLength(0);
    const tones = (document: DocumentModel) =>
      blocksOfType(document, "notice").map((notice) => notice.tone);
    expect(tones(contract)).toEqual(["legal"]);
    expect(tones(proposal)).toEqual(["info"]);
    expect(allText(proposal)).toContain("This proposal is not a contract");
    expect(allText(contract)).toContain("It is not legal advice");
  });

  it("every contract says it is not legal advice, however little data it has", () => {
    const minimal = compose(minimalEngagement(), MINIMAL_FACTS, "contract");
    expect(blocksOfType(minimal, "notice").map((notice) => notice.tone)).toEqual(["legal"]);
  });

  it("the proposal says until when it is valid", () => {
    expect(allText(proposal)).toContain("This proposal is valid until 29 January 2027");
    expect(allText(contract)).toContain("This offer is open until 29 January 2027");
  });
});

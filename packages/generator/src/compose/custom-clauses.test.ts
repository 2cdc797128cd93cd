import { CUSTOM_CLAUSE_ROOTS, formatMoney } from "@clausework/clauses";
import type { Block, DocumentKind, DocumentModel, Section } from "@clausework/model";
import { describe, expect, it } from "vitest";
import type { ResolvedEngagement } from "../resolve.js";
import { compose } from "./index.js";
import type { CustomClause } from "./custom-clauses.js";
import { ComposeError } from "./errors.js";
import { templateData } from "./template-data.js";
import { FULL_FACTS, fullEngagement } from "./test-fixtures.js";
import { documentTexts, sections } from "./test-walk.js";
import { HOSTILE_CLAUSES } from "./test-hostile-clauses.js";

const HOSTING: CustomClause = {
  id: "hosting",
  title: "Hosting",
  documents: ["contract"],
  after: "deposit",
  template: "{{client.name}} pays the hosting fees of {{money facts.money.fee}}.",
};

function withClauses(...customClauses: CustomClause[]): ResolvedEngagement {
  const engagement = fullEngagement();
  return {
    ...engagement,
    client: { ...engagement.client, name: "*Acme* <script>" },
    customClauses,
  };
}

const composed = (kind: DocumentKind, ...custom: CustomClause[]) =>
  compose(withClauses(...custom), FULL_FACTS, kind);

const ids = (blocks: readonly Block[]) =>
  blocks.flatMap((block) => (block.type === "section" ? [block.id] : []));

function section(document: DocumentModel, id: string): Section {
  const found = sections(document).find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no section ${id}`);
  return found;
}

function composeError(run: () => unknown): ComposeError {
  try {
    run();
  } catch (error) {
    if (error instanceof ComposeError) return error;
    throw error;
  }
  throw new Error("compose did not throw");
}

describe("custom clauses in compose", () => {
  it("renders like a built-in clause, user values printed literally", () => {
    const contract = composed("contract", HOSTING);
    const hosting = section(contract, "custom-hosting");
    const fee = formatMoney(FULL_FACTS.money.fee, fullEngagement().locale);
    expect(documentTexts({ ...contract, children: [hosting] })).toEqual([
      "Hosting",
      `*Acme* <script> pays the hosting fees of ${fee}.`,
    ]);
  });

  it("appears only in the documents it lists", () => {
    expect(sections(composed("proposal", HOSTING)).map((s) => s.id)).not.toContain(
      "custom-hosting",
    );
    const both = { ...HOSTING, documents: ["proposal", "contract"] as CustomClause["documents"] };
    expect(sections(composed("proposal", both)).map((s) => s.id)).toContain("custom-hosting");
  });

  it("follows the clause named in `after`, inside its group, numbered", () => {
    const payment = section(composed("contract", HOSTING), "payment");
    const inside = ids(payment.children);
    expect(inside[inside.indexOf("deposit") + 1]).toBe("custom-hosting");
    expect(section(composed("contract", HOSTING), "custom-hosting").number).toMatch(/^\d+\.\d+$/);
  });

  it("follows a group, or ends the body before the signatures", () => {
    const afterGroup = { ...HOSTING, after: "payment" };
    const atEnd: CustomClause = {
      id: "support",
      title: "Support",
      documents: ["contract"],
      template: "{{freelancer.name}} answers questions.",
    };
    const contract = composed("contract", afterGroup, atEnd);
    const top = ids(contract.children);
    expect(top[top.indexOf("payment") + 1]).toBe("custom-hosting");
    // The signatures clause has no title: its blocks follow the last section.
    expect(top.at(-1)).toBe("custom-support");
    const last = contract.children.findIndex((block) => ids([block])[0] === "custom-support");
    expect(contract.children.slice(last + 1).map((block) => block.type)).toContain("signatures");
    expect(section(contract, "custom-hosting").number).toBe(
      String(top.indexOf("custom-hosting") + 1),
    );
  });

  it.each(HOSTILE_CLAUSES)("rejects the hostile template $id with its position", (hostile) => {
    const error = composeError(() =>
      composed("contract", HOSTING, { ...HOSTING, id: "evil", template: hostile.value }),
    );
    expect(error.code).toBe("CUSTOM_CLAUSE_INVALID");
    expect(error.pointer).toBe("/customClauses/1/template");
    expect(error.message).toContain(hostile.message);
  });

  it("rejects a missing field at render time, an unknown `after` and a repeated id", () => {
    const missing = composeError(() =>
      composed("contract", { ...HOSTING, template: "{{client.nickname}}" }),
    );
    expect([missing.code, missing.pointer]).toEqual([
      "CUSTOM_CLAUSE_INVALID",
      "/customClauses/0/template",
    ]);
    expect(missing.message).toMatch(/custom clause hosting: .*nickname/);
    const after = composeError(() => composed("contract", { ...HOSTING, after: "nowhere" }));
    expect(after.pointer).toBe("/customClauses/0/after");
    const twice = composeError(() => composed("contract", HOSTING, HOSTING));
    expect(twice.pointer).toBe("/customClauses/1/id");
  });

  it("allows exactly the names the template data has at its top", () => {
    const data = templateData(withClauses(HOSTING), FULL_FACTS, "contract", "en-GB");
    const names = Object.keys(data).filter((name) => name !== "customClauses");
    expect(names.filter((name) => !CUSTOM_CLAUSE_ROOTS.has(name))).toEqual([]);
    expect(CUSTOM_CLAUSE_ROOTS.has("metadata")).toBe(false);
    expect(CUSTOM_CLAUSE_ROOTS.has("customClauses")).toBe(false);
  });
});

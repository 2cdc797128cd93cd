import { clauseById, clauses } from "@clausework/clauses";
import { isGroup, templates, type ClauseEntry, type TemplateKind } from "@clausework/templates";
import { describe, expect, it } from "vitest";

const KINDS: readonly TemplateKind[] = ["proposal", "contract", "handover"];

function clauseIds(kind: TemplateKind): string[] {
  const id = (entry: ClauseEntry) => (typeof entry === "string" ? entry : entry.clause);
  return templates[kind].manifest.body.flatMap((entry) =>
    isGroup(entry) ? entry.clauses.map(id) : [id(entry)],
  );
}

describe("document templates", () => {
  it.each(KINDS)("%s uses only clauses that exist and are meant for it, each once", (kind) => {
    const ids = clauseIds(kind);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(clauseById(id).documents, id).toContain(kind);
  });

  it("use every clause of the library somewhere", () => {
    const used = new Set(KINDS.flatMap(clauseIds));
    expect(clauses.map((clause) => clause.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it("put each clause in every document it is meant for", () => {
    for (const clause of clauses) {
      for (const kind of clause.documents)
        expect(clauseIds(kind), `${clause.id} in ${kind}`).toContain(clause.id);
    }
  });

  it.each(KINDS)("%s has group ids that no clause uses", (kind) => {
    const groups = templates[kind].manifest.body.filter(isGroup).map((group) => group.id);
    for (const id of groups)
      expect(
        clauses.some((clause) => clause.id === id),
        id,
      ).toBe(false);
  });
});

import { readFileSync } from "node:fs";
import type { CustomClause, Engagement } from "@clausework/schema";
import { describe, expect, it } from "vitest";
import type { ClauseFile } from "./check-folder.js";
import { mergeClauses } from "./merge.js";

const engagement = JSON.parse(
  readFileSync(new URL("../../test/fixtures/minimal.json", import.meta.url), "utf8"),
) as Engagement;

const clause = (id: string): CustomClause => ({
  id,
  title: id,
  documents: ["contract"],
  template: "x",
});

const file = (id: string): ClauseFile => ({
  file: `clauses/${id}.md`,
  positions: { id: { line: 2, column: 5 } },
  templateLine: 6,
  sha256: "0".repeat(64),
  clause: clause(id),
  warnings: [],
});

const folder = (...ids: string[]) => ({ folder: "clauses", files: ids.map(file) });

describe("an engagement with the clauses of a folder", () => {
  it("keeps its own clauses first, then the folder's in name order", () => {
    const merged = mergeClauses(
      { ...engagement, customClauses: [clause("own")] },
      folder("a", "b"),
      "e.json",
    );
    expect(merged.problems).toEqual([]);
    expect(merged.engagement?.customClauses?.map((c) => c.id)).toEqual(["own", "a", "b"]);
    expect(engagement.customClauses).toBeUndefined();
  });

  it("refuses an id both have, at the clause file, naming the engagement's clause", () => {
    const merged = mergeClauses(
      { ...engagement, customClauses: [clause("own"), clause("a")] },
      folder("a"),
      "e.json",
    );
    expect(merged.engagement).toBeUndefined();
    expect(merged.problems).toEqual([
      {
        severity: "error",
        code: "DUPLICATE_ID",
        pointer: "/id",
        message: "the id 'a' is also the id of custom clause 2 in e.json (/customClauses/1/id)",
        hint: "give each clause its own id",
        line: 2,
        column: 5,
        file: "clauses/a.md",
      },
    ]);
  });

  it("refuses more clauses in all than one engagement may hold, and accepts exactly that many", () => {
    const own = Array.from({ length: 18 }, (_, index) => clause(`own-${index}`));
    expect(
      mergeClauses({ ...engagement, customClauses: own }, folder("a", "b"), "e.json").problems,
    ).toEqual([]);
    const merged = mergeClauses(
      { ...engagement, customClauses: own },
      folder("a", "b", "c"),
      "e.json",
    );
    expect(merged.engagement).toBeUndefined();
    expect(merged.problems).toEqual([
      expect.objectContaining({
        code: "TOO_MANY",
        pointer: "/customClauses",
        message:
          "the engagement's 18 custom clauses and the 3 in clauses make 21; at most 20 in all",
      }),
    ]);
  });
});

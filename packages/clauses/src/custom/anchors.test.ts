import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CUSTOM_CLAUSE_ANCHORS } from "./anchors.js";

type Entry = string | { clause: string } | { id: string; clauses: (string | { clause: string })[] };

const templates = new URL("../../../../templates/", import.meta.url);

/** Every clause and group id of a manifest, in order, as compose places custom clauses. */
function manifestIds(kind: string): string[] {
  const manifest = JSON.parse(
    readFileSync(new URL(`${kind}/manifest.json`, templates), "utf8"),
  ) as {
    body: Entry[];
  };
  const idOf = (entry: string | { clause: string }) =>
    typeof entry === "string" ? entry : entry.clause;
  return manifest.body.flatMap((entry) =>
    typeof entry === "object" && "clauses" in entry
      ? [entry.id, ...entry.clauses.map(idOf)]
      : [idOf(entry)],
  );
}

describe("custom clause anchors", () => {
  it.each(Object.keys(CUSTOM_CLAUSE_ANCHORS))("are the entries of the %s manifest", (kind) => {
    expect(CUSTOM_CLAUSE_ANCHORS[kind as keyof typeof CUSTOM_CLAUSE_ANCHORS]).toEqual(
      manifestIds(kind),
    );
  });
});

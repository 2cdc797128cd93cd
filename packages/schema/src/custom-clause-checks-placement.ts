import { CUSTOM_CLAUSE_ANCHORS } from "@clausework/clauses";
import { error, warning, type Finding } from "./diagnostic.js";
import type { CustomClause } from "./engagement.generated.js";
import { didYouMean } from "./suggest.js";

// `after` places a custom clause behind a built-in clause or section. Compose puts
// a clause whose `after` its document lacks at the end of that document, and
// refuses an `after` no document has; validate says both first, in words.

type DocumentKind = CustomClause["documents"][number];

const KINDS = Object.keys(CUSTOM_CLAUSE_ANCHORS) as DocumentKind[];

/** "the proposal", "the proposal and the contract". */
function documentNames(kinds: readonly DocumentKind[]): string {
  const names = kinds.map((kind) => `the ${kind}`);
  return names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}

function has(kind: DocumentKind, id: string): boolean {
  return CUSTOM_CLAUSE_ANCHORS[kind].includes(id);
}

export function placementFindings(clause: CustomClause, index: number): Finding[] {
  const after = clause.after;
  if (after === undefined || clause.documents.some((kind) => has(kind, after))) return [];
  const pointer = `/customClauses/${index}/after`;
  const own = documentNames(clause.documents);
  const elsewhere = KINDS.filter((kind) => has(kind, after));
  if (elsewhere.length > 0) {
    return [
      warning(
        "AFTER_NOT_IN_DOCUMENT",
        pointer,
        `custom clause ${clause.id}: after names '${after}', which only ${documentNames(elsewhere)} ${elsewhere.length > 1 ? "have" : "has"}; in ${own} the clause goes at the end`,
        `add ${documentNames(elsewhere)} to documents, or choose a clause or section of ${own}`,
      ),
    ];
  }
  const candidates = clause.documents.flatMap((kind) => CUSTOM_CLAUSE_ANCHORS[kind]);
  const examples = [...new Set(candidates)].slice(0, 3).join(", ");
  return [
    error(
      "UNKNOWN_REFERENCE",
      pointer,
      `custom clause ${clause.id}: after names '${after}', which is no clause or section of ${own}`,
      didYouMean(after, candidates) ??
        `use the id of a clause or section of ${own} (such as ${examples}), or leave after out to put the clause at the end`,
    ),
  ];
}

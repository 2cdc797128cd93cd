// Diagnostics about a custom clause that came from a clause file are moved to
// that file: its path, the line of the front matter key or of the template, and
// a pointer into the clause ("/template") instead of into an engagement.
import type { Diagnostic } from "@clausework/schema";
import type { Position } from "./front-matter.js";

/** A diagnostic that belongs to another file than the input it was found for. */
export type LocatedDiagnostic = Diagnostic & { readonly file: string };

/** Where the parts of a clause file are. */
export type ClausePlaces = {
  readonly file: string;
  readonly positions: Readonly<Record<string, Position>>;
  readonly templateLine: number;
};

/** Added by validate and by the CLI to a message about a template, for people reading JSON. */
const TEMPLATE_PLACE = / \(template line (\d+), column (\d+)\)/;
const CUSTOM_CLAUSE_POINTER = /^\/customClauses\/(\d+)(\/.*)?$/;

/** The index of the custom clause a pointer is in, and the pointer inside that clause. */
export function customClauseAt(pointer: string): { index: number; rest: string } | undefined {
  const match = CUSTOM_CLAUSE_POINTER.exec(pointer);
  return match === null ? undefined : { index: Number(match[1]), rest: match[2] ?? "" };
}

function positionOf(diagnostic: Diagnostic, rest: string, places: ClausePlaces): Position {
  const field = rest.split("/")[1] ?? "";
  if (field !== "template") return places.positions[field] ?? { line: 1, column: 1 };
  const place = TEMPLATE_PLACE.exec(diagnostic.message);
  if (place === null) return { line: places.templateLine, column: 1 };
  return { line: places.templateLine + Number(place[1]) - 1, column: Number(place[2]) };
}

/** The same diagnostic, about the clause file: `rest` is its pointer inside the clause. */
export function inClauseFile(
  diagnostic: Diagnostic,
  rest: string,
  places: ClausePlaces,
): LocatedDiagnostic {
  const field = rest.split("/")[1];
  // The schema names a field by the clause's place in an engagement ("custom
  // clause 1 identifier", "/customClauses/0/template"); a file has a key instead.
  const message = diagnostic.message
    .replace(TEMPLATE_PLACE, "")
    .replace(/^custom clause \d+ \S+/, (label) => field ?? label)
    .replace(/\/customClauses\/\d+\//g, "");
  return {
    ...diagnostic,
    ...positionOf(diagnostic, rest, places),
    pointer: rest,
    message,
    file: places.file,
  };
}

/**
 * Clauses from files follow the engagement's own in its customClauses; a
 * diagnostic about one of them moves to its file, the others stay as they are.
 */
export function locateInFolder(
  diagnostic: Diagnostic,
  ownCount: number,
  files: readonly ClausePlaces[],
): Diagnostic {
  const at = customClauseAt(diagnostic.pointer);
  const places = at === undefined ? undefined : files[at.index - ownCount];
  if (at === undefined || places === undefined || at.index < ownCount) return diagnostic;
  return inClauseFile(diagnostic, at.rest, places);
}

export function isLocated(diagnostic: Diagnostic): diagnostic is LocatedDiagnostic {
  return "file" in diagnostic && typeof diagnostic.file === "string";
}

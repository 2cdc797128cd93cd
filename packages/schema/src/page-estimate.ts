import { error, type Finding } from "./diagnostic.js";
import type { Engagement } from "./engagement.generated.js";
import { childSchema, engagementSchema, type SchemaNode } from "./schema-info.js";

// A limit on how long a document may get. The schema bounds each field and the
// file (1 MB), but not what they add up to: 500 milestones repeated 520 times
// each make a schedule of 260,000 rows, thousands of pages that take minutes
// and gigabytes to lay out. So validate estimates each document's length from
// what the input prints, in lines, and refuses the engagement when one would
// run past MAX_PAGES. The estimate errs long: free text as full-width lines,
// short texts as narrow table cells, every list item and row with its spacing
// (examples/test/page-estimate.test.ts checks it against real PDFs).
// Custom clause templates count as written; what their loops print is not
// estimated here.

export const MAX_PAGES = 300;

/** Body lines on a page (about 48 at 10.5 pt), less the space between blocks. */
const LINES_PER_PAGE = 36;
/** The clauses every document prints whatever the input (about six pages). */
const FIXED_LINES = 6 * LINES_PER_PAGE;
/** Characters on a full-width line, and in the narrowest table cell. */
const LINE_CHARACTERS = 70;
const CELL_CHARACTERS = 20;
/** Extra lines for every item of a list or row of a table: spacing and padding. */
const ITEM_LINES = 0.5;

type Tally = { lines: number; by: Map<string, number> };

type DocumentGroup = "main" | "handover";

const NOT_PRINTED = new Set(["/$schema", "/metadata", "/id"]);

function textLines(value: string, kind: unknown): number {
  const width = kind === "text" ? LINE_CHARACTERS : CELL_CHARACTERS;
  return value
    .split("\n")
    .reduce((lines, line) => lines + Math.max(1, Math.ceil(line.length / width)), 0);
}

/** The part of the file a line is blamed on: "/schedule/milestones", "/deliverables". */
function areaOf(pointer: string): string {
  return pointer
    .split("/")
    .slice(0, 3)
    .filter((segment) => !/^\d+$/.test(segment))
    .join("/");
}

function add(tally: Tally, area: string, lines: number): void {
  tally.lines += lines;
  tally.by.set(area, (tally.by.get(area) ?? 0) + lines);
}

/** How often the value at a pointer prints: schedule rows repeat with their milestone. */
function timesPrinted(pointer: string, engagement: Engagement): number {
  if (!pointer.startsWith("/schedule/milestones/")) return 1;
  const match = /^\/schedule\/milestones\/(\d+)\/(title|description)$/.exec(pointer);
  if (match === null) return 1;
  const milestone = engagement.schedule.milestones?.[Number(match[1])];
  // The deadlines list names each milestone once; the schedule has a row per date.
  return match[2] === "title" ? 1 + (milestone?.repeat?.times ?? 1) : 1;
}

/**
 * Where the walk is: the value's pointer, its schema (walked down with the
 * value, not looked up from the root for every string), and its area, fixed
 * once the pointer has two named segments.
 */
type Place = { pointer: string; schema: SchemaNode | undefined; area: string; depth: number };

function childPlace(place: Place, segment: string): Place {
  const pointer = `${place.pointer}/${segment}`;
  const depth = place.depth + 1;
  return {
    pointer,
    schema: place.schema === undefined ? undefined : childSchema(place.schema, segment),
    area: depth <= 3 ? areaOf(pointer) : place.area,
    depth,
  };
}

function walk(value: unknown, place: Place, engagement: Engagement, tally: Tally): void {
  if (NOT_PRINTED.has(place.pointer)) return;
  if (typeof value === "string") {
    const kind = place.schema?.["x-text"];
    if (kind !== undefined)
      add(tally, place.area, textLines(value, kind) * timesPrinted(place.pointer, engagement));
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      add(tally, place.area, ITEM_LINES);
      walk(item, childPlace(place, String(index)), engagement, tally);
    });
    return;
  }
  if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value))
      walk(child, childPlace(place, key), engagement, tally);
  }
}

/** Schedule rows: one per date, each at least a line and its padding. */
function scheduleRows(engagement: Engagement, tally: Tally): void {
  for (const milestone of engagement.schedule.milestones ?? []) {
    add(tally, "/schedule/milestones", (milestone.repeat?.times ?? 1) * (1 + ITEM_LINES));
  }
}

function tallyOf(engagement: Engagement, group: DocumentGroup): Tally {
  const tally: Tally = { lines: FIXED_LINES, by: new Map() };
  const root: Place = { pointer: "", schema: engagementSchema, area: "", depth: 0 };
  for (const [key, value] of Object.entries(engagement)) {
    const inHandover = key === "handover";
    // The parties print in every document; everything else in its own.
    const shared = key === "freelancer" || key === "client";
    if (shared || (group === "handover") === inHandover)
      walk(value, childPlace(root, key), engagement, tally);
  }
  if (group === "main") scheduleRows(engagement, tally);
  return tally;
}

export type PageEstimate = {
  readonly documents: "main" | "handover";
  readonly pages: number;
  /** The part of the file that prints the most lines, and its share in percent. */
  readonly area: string;
  readonly share: number;
};

/** About how many pages the proposal and contract (each), and the handover, run to. */
export function estimatePages(engagement: Engagement): PageEstimate[] {
  const groups: DocumentGroup[] =
    engagement.handover === undefined ? ["main"] : ["main", "handover"];
  return groups.map((group) => {
    const tally = tallyOf(engagement, group);
    const [area = "", lines = 0] = [...tally.by.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
    return {
      documents: group,
      pages: Math.ceil(tally.lines / LINES_PER_PAGE),
      area,
      share: Math.round((lines / tally.lines) * 100),
    };
  });
}

const NAMES: Readonly<Record<DocumentGroup, string>> = {
  main: "the proposal and the contract each",
  handover: "the handover",
};

export function pageFindings(engagement: Engagement): Finding[] {
  const over = estimatePages(engagement).find((estimate) => estimate.pages > MAX_PAGES);
  if (over === undefined) return [];
  const { documents, pages, area, share } = over;
  return [
    error(
      "TOO_MANY_PAGES",
      area,
      `${NAMES[documents]} would run to about ${pages} pages, more than the ${MAX_PAGES} a document may have; ${share} % of it comes from ${area}`,
      area === "/schedule/milestones"
        ? "repeat milestones fewer times, or split the engagement into several"
        : "shorten or split this part, or split the engagement into several",
    ),
  ];
}

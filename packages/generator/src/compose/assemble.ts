// A template manifest → the document's blocks: each applicable clause rendered
// and mapped, clause sections titled from the clause (or the manifest), groups
// wrapped around their clauses, and nothing left for what does not apply.
import {
  clauseById,
  conditionHolds,
  renderView,
  templateView,
  type ViewObject,
} from "@clausework/clauses";
import type { Block } from "@clausework/model";
import {
  isGroup,
  type ClauseEntry,
  type DocumentTemplate,
  type ManifestEntry,
} from "@clausework/templates";
import { customSection, type PlacedCustomClause } from "./custom-clauses.js";
import { ComposeError } from "./errors.js";
import { clauseBlocks, type BuildBlock } from "./markdown/clause-blocks.js";
import { printsAlikeInEveryDocument, type SharedTexts } from "./shared-texts.js";
import type { TemplateData } from "./template-data.js";

type Assembly = {
  readonly template: DocumentTemplate;
  readonly data: TemplateData;
  readonly buildBlock: BuildBlock;
  /** The user's clauses for this document, placed after an entry or at the end. */
  readonly custom?: readonly PlacedCustomClause[];
  /** Texts printed for another document of the same engagement (shared-texts.ts). */
  readonly shared?: SharedTexts;
};

/** Entries that close the body: custom clauses without `after` go before them. */
const CLOSING_ENTRIES = new Set(["signatures"]);

/** An assembly with the escaped view of its data, built once for all clauses. */
type ViewedAssembly = Assembly & { readonly view: ViewObject };

function render(id: string, source: string, assembly: ViewedAssembly): Block[] {
  return clauseBlocks(id, markdownOf(id, source, assembly), assembly.buildBlock);
}

function markdownOf(id: string, source: string, assembly: ViewedAssembly): string {
  const shared = assembly.shared;
  const known = shared?.get(source);
  if (known !== undefined) return known;
  const markdown = renderView(source, id, assembly.view);
  if (shared !== undefined && printsAlikeInEveryDocument(source)) shared.set(source, markdown);
  return markdown;
}

function customAfter(id: string | undefined, assembly: ViewedAssembly): Block[] {
  return (assembly.custom ?? [])
    .filter((placed) => placed.after === id)
    .map((placed) => customSection(placed, assembly.view, assembly.buildBlock));
}

function clauseEntry(entry: ClauseEntry, assembly: ViewedAssembly): Block[] {
  const id = typeof entry === "string" ? entry : entry.clause;
  return [...builtInClause(entry, assembly), ...customAfter(id, assembly)];
}

function builtInClause(entry: ClauseEntry, assembly: ViewedAssembly): Block[] {
  const id = typeof entry === "string" ? entry : entry.clause;
  const clause = clauseById(id);
  const kind = assembly.template.manifest.kind;
  if (!clause.documents.includes(kind)) {
    throw new ComposeError("TEMPLATE_INVALID", `clause ${id} is not meant for a ${kind}`);
  }
  if (!conditionHolds(clause.when, assembly.data)) return [];
  const blocks = render(id, clause.body, assembly);
  const title = (typeof entry === "string" ? undefined : entry.title) ?? clause.title;
  if (blocks.length === 0 || title === undefined) return blocks;
  return [{ type: "section", id, title, children: blocks }];
}

function manifestEntry(entry: ManifestEntry, assembly: ViewedAssembly): Block[] {
  if (!isGroup(entry)) return clauseEntry(entry, assembly);
  const children = entry.clauses.flatMap((clause) => clauseEntry(clause, assembly));
  const group: Block[] =
    children.length === 0 ? [] : [{ type: "section", id: entry.id, title: entry.title, children }];
  return [...group, ...customAfter(entry.id, assembly)];
}

function entryId(entry: ManifestEntry): string {
  if (isGroup(entry)) return entry.id;
  return typeof entry === "string" ? entry : entry.clause;
}

/** The body's entries with the unplaced custom clauses before any closing entry. */
function body(assembly: ViewedAssembly): Block[] {
  const entries = assembly.template.manifest.body;
  const last = entries.at(-1);
  const closing = last !== undefined && CLOSING_ENTRIES.has(entryId(last)) ? 1 : 0;
  const main = entries.slice(0, entries.length - closing);
  return [
    ...main.flatMap((entry) => manifestEntry(entry, assembly)),
    ...customAfter(undefined, assembly),
    ...entries.slice(main.length).flatMap((entry) => manifestEntry(entry, assembly)),
  ];
}

export function assemble(plain: Assembly): Block[] {
  const view = templateView(plain.data as unknown as Record<string, unknown>);
  const assembly: ViewedAssembly = { ...plain, view };
  const { template } = assembly;
  const kind = template.manifest.kind;
  const intro =
    template.intro === undefined ? [] : render(`${kind}-intro`, template.intro, assembly);
  const outro =
    template.outro === undefined ? [] : render(`${kind}-outro`, template.outro, assembly);
  return [...intro, ...body(assembly), ...outro];
}

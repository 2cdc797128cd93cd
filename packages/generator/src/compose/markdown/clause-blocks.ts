// One clause's Markdown → model blocks. Headings open sections nested by depth
// (a `#` heading is a child of the clause's own section); marker comments place
// typed blocks and wrap notices. Everything else goes through the block handlers.
import {
  MarkdownUnsupportedError,
  parseClauseMarkdown,
  parseMarker,
  type BlockName,
  type ClauseBlock,
} from "@clausework/clauses";
import { plainText, type Block, type Section } from "@clausework/model";
import { ComposeError } from "../errors.js";
import { mapBlock } from "./blocks.js";
import { mapInlines } from "./inlines.js";

export type BuildBlock = (name: BlockName) => Block[];

type OpenSection = { depth: number; id: string; title: string; children: Block[] };
type OpenNotice = Extract<Block, { type: "notice" }> & { children: Block[] };

class ClauseBuilder {
  readonly top: Block[] = [];
  private readonly sections: OpenSection[] = [];
  private notice: OpenNotice | undefined;
  private headings = 0;

  constructor(
    private readonly id: string,
    private readonly buildBlock: BuildBlock,
  ) {}

  private target(): Block[] {
    return this.notice?.children ?? this.sections.at(-1)?.children ?? this.top;
  }

  private closeSections(depth: number): void {
    while ((this.sections.at(-1)?.depth ?? 0) >= depth) {
      const open = this.sections.pop() as OpenSection;
      // A heading with nothing under it is left out: no empty sections.
      if (open.children.length === 0) continue;
      const section: Section = {
        type: "section",
        id: open.id,
        title: open.title,
        children: open.children,
      };
      this.target().push(section);
    }
  }

  add(blocks: readonly Block[]): void {
    this.target().push(...blocks);
  }

  heading(node: Extract<ClauseBlock, { type: "heading" }>): void {
    if (this.notice !== undefined) this.fail("a heading inside a notice");
    this.closeSections(node.depth);
    this.headings++;
    // Titles are one line: breaks (from a value) read as spaces.
    const title = plainText(mapInlines(node.children))
      .replace(/\s*\n\s*/g, " ")
      .trim();
    this.sections.push({
      depth: node.depth,
      id: `${this.id}-${this.headings}`,
      title,
      children: [],
    });
  }

  marker(html: string): void {
    const marker = parseMarker(html);
    if (marker.kind === "block") this.target().push(...this.buildBlock(marker.name));
    else if (marker.kind === "notice") {
      if (this.notice !== undefined) this.fail("a notice inside a notice");
      const { tone, title } = marker;
      this.notice = {
        type: "notice",
        tone,
        ...(title === undefined ? {} : { title }),
        children: [],
      };
    } else {
      const notice = this.notice;
      if (notice === undefined) this.fail("the end of a notice that was never opened");
      this.notice = undefined;
      if (notice.children.length > 0) this.target().push(notice);
    }
  }

  finish(): Block[] {
    if (this.notice !== undefined) this.fail("a notice that is never closed");
    this.closeSections(1);
    return this.top;
  }

  fail(what: string): never {
    throw new ComposeError("MARKER_MISPLACED", `${this.id}: ${what}`);
  }
}

/**
 * Clause trees by the Markdown they were parsed from. A proposal and its contract
 * print many clauses word for word alike, and so do engagements for the same
 * clauses without values; parsing is most of what a clause costs after Handlebars.
 * The trees are only read here (mapping builds new model nodes), so sharing one is
 * safe. Bounded, because the text comes from the input; failures are not kept.
 */
const parsed = new Map<string, readonly ClauseBlock[]>();
const MAX_PARSED = 2_000;

function parse(id: string, markdown: string): readonly ClauseBlock[] {
  const known = parsed.get(markdown);
  if (known !== undefined) return known;
  let tree: readonly ClauseBlock[];
  try {
    tree = parseClauseMarkdown(markdown);
  } catch (error) {
    if (!(error instanceof MarkdownUnsupportedError)) throw error;
    throw new ComposeError("MARKDOWN_UNSUPPORTED", `${id}: ${error.message}`);
  }
  if (parsed.size >= MAX_PARSED) parsed.clear();
  parsed.set(markdown, tree);
  return tree;
}

export function clauseBlocks(id: string, markdown: string, buildBlock: BuildBlock): Block[] {
  const builder = new ClauseBuilder(id, buildBlock);
  for (const node of parse(id, markdown)) {
    if (node.type === "heading") builder.heading(node);
    else if (node.type === "html") builder.marker(node.value);
    else builder.add(mapBlock(node, id));
  }
  return builder.finish();
}

// Maps each document node type to its handler and exports the public function.
import { UnknownNodeError } from "@clausework/model";
import type { Block, DocumentModel, Inline } from "@clausework/model";
import { renderDocument } from "./document.js";
import { renderBreak, renderEmphasis, renderLink, renderStrong, renderText } from "./inline.js";
import { renderKeyFacts } from "./key-facts.js";
import { renderList } from "./list.js";
import { normalize } from "./normalize.js";
import { renderNotice } from "./notice.js";
import { renderPageBreak } from "./page-break.js";
import { renderParagraph } from "./paragraph.js";
import { renderPhrase } from "./phrase.js";
import { renderSchedule } from "./schedule.js";
import { renderSection } from "./section.js";
import { renderSignatures } from "./signatures.js";
import { renderTable } from "./table.js";
import type { BlockHandlers, InlineHandlers, InlineMode, RenderContext } from "./types.js";

const blockHandlers: BlockHandlers = {
  section: renderSection,
  paragraph: renderParagraph,
  list: renderList,
  table: renderTable,
  keyFacts: renderKeyFacts,
  notice: renderNotice,
  signatures: renderSignatures,
  schedule: renderSchedule,
  pageBreak: renderPageBreak,
};

const inlineHandlers: InlineHandlers = {
  text: renderText,
  strong: renderStrong,
  emphasis: renderEmphasis,
  link: renderLink,
  break: renderBreak,
};

/** Own properties only, so a node type such as "constructor" is unknown, not a prototype hit. */
function handlerFor<H>(handlers: Readonly<Record<string, H>>, type: string): H {
  const handler = Object.hasOwn(handlers, type) ? handlers[type] : undefined;
  if (handler === undefined) throw new UnknownNodeError(String(type), "render-markdown");
  return handler;
}

type State = Pick<RenderContext, "depth" | "mode" | "insideLink" | "alternateMarker">;
const start: State = { depth: 0, mode: "flow", insideLink: false, alternateMarker: false };

/** Breaks at the end of a run cannot be written (a final backslash prints); in a cell or heading none at the edges. */
function trimBreaks(inlines: Inline[], mode: InlineMode): Inline[] {
  while (inlines.at(-1)?.type === "break") inlines.pop();
  while (mode !== "flow" && inlines[0]?.type === "break") inlines.shift();
  return inlines;
}

/** Blocks that render as Markdown lists. */
const listLike = (block: Block): boolean => block.type === "list" || block.type === "keyFacts";

function renderBlocks(blocks: readonly Block[], depth: number): string[] {
  let previousList = false;
  let alternate = false;
  return blocks.map((block) => {
    const handler = handlerFor(blockHandlers, block.type) as (
      node: Block,
      at: RenderContext,
    ) => string;
    // Two lists in a row would merge into one unless the second uses the other marker.
    const alternateMarker = listLike(block) && previousList ? !alternate : false;
    const out = handler(block, context({ ...start, depth, alternateMarker }));
    if (out !== "") {
      previousList = listLike(block);
      alternate = alternateMarker;
    }
    return out;
  });
}

function context(state: State): RenderContext {
  const self: RenderContext = {
    ...state,
    blocks: renderBlocks,
    inlines: (inlines, mode, edges) =>
      renderPhrase(
        trimBreaks(normalize(inlines, false), mode),
        edges,
        context({ ...state, mode, insideLink: false }),
      ),
    phrase: (inlines, edges) => renderPhrase(inlines, edges, self),
    inline: (node, position) => {
      const handler = handlerFor(inlineHandlers, node.type) as (
        node: Inline,
        at: RenderContext,
        position: Parameters<RenderContext["inline"]>[1],
      ) => string;
      return handler(node, self, position);
    },
    insideLinkContext: () => context({ ...state, insideLink: true }),
  };
  return self;
}

/** The document as CommonMark with GFM tables; ends with a single line feed. */
export function renderMarkdown(doc: DocumentModel): string {
  if (doc.type !== "document") throw new UnknownNodeError(String(doc.type), "render-markdown");
  return renderDocument(doc, context(start));
}

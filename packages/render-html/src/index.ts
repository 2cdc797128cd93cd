// Maps each document node type to its handler and exports the public functions.
import { UnknownNodeError } from "@clausework/model";
import type { Block, DocumentModel, Inline } from "@clausework/model";
import { renderArticle } from "./document.js";
import type { HtmlNode } from "./html-tree.js";
import { renderBreak, renderEmphasis, renderLink, renderStrong, renderText } from "./inline.js";
import { renderKeyFacts } from "./key-facts.js";
import { renderList } from "./list.js";
import { renderNotice } from "./notice.js";
import { renderPage } from "./page.js";
import { renderPageBreak } from "./page-break.js";
import { renderParagraph } from "./paragraph.js";
import { renderSchedule } from "./schedule.js";
import { renderSection } from "./section.js";
import { serializeHtml } from "./serialize.js";
import { renderSignatures } from "./signatures.js";
import { renderTable } from "./table.js";
import type { BlockHandlers, InlineHandlers, RenderContext } from "./types.js";

export { htmlStylesheet } from "./stylesheet.js";
export { contentSecurityPolicy } from "./page.js";
export { escapeHtml } from "./escape.js";

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
  if (handler === undefined) throw new UnknownNodeError(String(type), "render-html");
  return handler;
}

function context(depth: number): RenderContext {
  return {
    depth,
    blocks: (blocks: readonly Block[], blockDepth: number): HtmlNode[] =>
      blocks.map((block) => {
        const handler = handlerFor(blockHandlers, block.type) as (
          node: Block,
          at: RenderContext,
        ) => HtmlNode;
        return handler(block, context(blockDepth));
      }),
    inlines: (inlines: readonly Inline[]): HtmlNode[] =>
      inlines.flatMap((inline) => {
        const handler = handlerFor(inlineHandlers, inline.type) as (
          node: Inline,
          at: RenderContext,
        ) => HtmlNode[];
        return handler(inline, context(depth));
      }),
  };
}

export type RenderHtmlOptions = {
  /** A whole page with policy and stylesheet (default), or only the <article>. */
  readonly standalone?: boolean;
};

/** The document as HTML: a full page by default, or the <article> fragment for embedding. */
export function renderHtml(doc: DocumentModel, options: RenderHtmlOptions = {}): string {
  if (doc.type !== "document") throw new UnknownNodeError(String(doc.type), "render-html");
  const article = renderArticle(doc, context(0));
  if (options.standalone === false) return `${serializeHtml(article)}\n`;
  return renderPage(doc.meta, article);
}

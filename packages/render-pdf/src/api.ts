// The public API of @clausework/render-pdf, the same in Node and in browsers:
// document model to a pdfmake definition, and to PDF bytes with embedded, subset
// fonts. This file only maps node types to handlers; the entry points (index.ts
// for Node, browser.ts) decide where font files come from.
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces.js";
import { UnknownNodeError } from "@clausework/model";
import type { Block, BlockType, DocumentModel } from "@clausework/model";
import { renderKeyFacts } from "./blocks/key-facts.js";
import { renderList } from "./blocks/list.js";
import { renderNotice } from "./blocks/notice.js";
import { applyPageBreaks, dropTrailingPageBreak, renderPageBreak } from "./blocks/page-break.js";
import { renderParagraph } from "./blocks/paragraph.js";
import { renderSchedule } from "./blocks/schedule.js";
import { renderSection } from "./blocks/section.js";
import { renderSignatures } from "./blocks/signatures.js";
import { renderTable } from "./blocks/table.js";
import type { BlockHandler, RenderContext } from "./context.js";
import { checkGlyphCoverage } from "./coverage.js";
import { contentHeight, contentWidth, documentDefinition } from "./document.js";
import type { PdfOptions } from "./document.js";
import { MissingGlyphsError } from "./errors.js";
import { useFontFiles } from "./fonts.js";
import { renderDefinition } from "./render.js";

export { checkGlyphCoverage, missingGlyphsReason } from "./coverage.js";
export { drawableRanges, type CodePointRange } from "./drawable-ranges.js";
export { MissingGlyphsError } from "./errors.js";
export type { GlyphGap } from "./errors.js";
export type { PdfOptions } from "./document.js";
export type { FontFiles } from "./fonts.js";

const handlers: { readonly [K in BlockType]: BlockHandler<Extract<Block, { type: K }>> } = {
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

function renderBlock(block: Block, context: RenderContext): Content[] {
  const type: string = block.type;
  if (!Object.hasOwn(handlers, type)) throw new UnknownNodeError(type, "render-pdf");
  const handler = handlers[block.type] as BlockHandler<Block>;
  return handler(block, context);
}

function renderBlocks(children: readonly Block[], context: RenderContext): Content[] {
  return applyPageBreaks(children.flatMap((block) => renderBlock(block, context)));
}

/** The pdfmake document definition: plain JSON, the same for the same document. */
export function toPdfDefinition(
  doc: DocumentModel,
  options: PdfOptions = {},
): TDocumentDefinitions {
  if (doc.type !== "document") throw new UnknownNodeError(String(doc.type), "render-pdf");
  let outlines = 0;
  const context: RenderContext = {
    depth: 0,
    width: contentWidth(doc.meta),
    pageHeight: contentHeight(doc.meta),
    nextOutlineId: () => `outline-${(outlines += 1)}`,
    blocks: renderBlocks,
  };
  const body = dropTrailingPageBreak(renderBlocks(doc.children, context));
  return documentDefinition(doc, body, options);
}

/**
 * PDF bytes, identical for identical input. Refuses with MissingGlyphsError when
 * some text cannot be drawn, rather than leave it out of the PDF.
 */
export async function renderPdf(doc: DocumentModel, options: PdfOptions = {}): Promise<Uint8Array> {
  if (options.fonts !== undefined) useFontFiles(options.fonts);
  const gaps = checkGlyphCoverage(doc);
  if (gaps.length > 0) throw new MissingGlyphsError(gaps);
  return renderDefinition(toPdfDefinition(doc, options), doc.meta);
}

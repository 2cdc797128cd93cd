// DocumentModel to DOCX. This file only maps node types to their handlers and
// exposes the two entry points; the handlers live in blocks/ and inlines.ts.
import type { Document } from "docx";
import {
  UnknownNodeError,
  type Block,
  type BlockType,
  type DocumentModel,
} from "@clausework/model";
import type { BlockHandler, BlockOutput, RenderContext } from "./context.js";
import { createDocument } from "./document.js";
import { packDocument } from "./package-files.js";
import { renderKeyFacts } from "./blocks/key-facts.js";
import { renderList } from "./blocks/list.js";
import { renderNotice } from "./blocks/notice.js";
import { renderPageBreak } from "./blocks/page-break.js";
import { renderParagraph } from "./blocks/paragraph.js";
import { renderSchedule } from "./blocks/schedule.js";
import { renderSection } from "./blocks/section.js";
import { renderSignatures } from "./blocks/signatures.js";
import { renderTable } from "./blocks/table.js";

type Handlers = { readonly [K in BlockType]: BlockHandler<Extract<Block, { type: K }>> };

const handlers: Handlers = {
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

function renderBlocks(blocks: readonly Block[], context: RenderContext): BlockOutput[] {
  return blocks.flatMap((block) => {
    const handler = Object.hasOwn(handlers, block.type) ? handlers[block.type] : undefined;
    if (handler === undefined) throw new UnknownNodeError(block.type, "render-docx");
    return (handler as BlockHandler<Block>)(block, context);
  });
}

/** The docx object model of a document, for tests and callers that post-process it. */
export function buildDocxDocument(doc: DocumentModel): Document {
  if (doc.type !== "document") throw new UnknownNodeError(String(doc.type), "render-docx");
  return createDocument(doc, renderBlocks);
}

/** The DOCX file's bytes; the same document always gives the same bytes. */
export async function renderDocx(doc: DocumentModel): Promise<Uint8Array> {
  return packDocument(buildDocxDocument(doc), doc.meta.issuedOn);
}

export { IllegalXmlCharacterError } from "./text.js";

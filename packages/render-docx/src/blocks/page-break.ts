import { PageBreak, Paragraph } from "docx";
import type { PageBreak as PageBreakNode } from "@clausework/model";
import type { BlockHandler } from "../context.js";

/** A real page break (`<w:br w:type="page"/>`), not a run of empty paragraphs. */
export const renderPageBreak: BlockHandler<PageBreakNode> = () => [
  new Paragraph({ children: [new PageBreak()] }),
];

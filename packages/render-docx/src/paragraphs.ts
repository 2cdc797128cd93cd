// Paragraph builders shared by the block handlers: they set the paragraph's
// direction by the model's rule (right to left only without left-to-right
// letters), so no handler forgets it.
import { Paragraph, type IParagraphOptions } from "docx";
import { isRightToLeftParagraph, plainText, type Inline } from "@clausework/model";
import { renderInlines, textRuns, type RunFormat } from "./inlines.js";

export type ParagraphOptions = Omit<IParagraphOptions, "children" | "text">;

const direction = (text: string) => (isRightToLeftParagraph(text) ? { bidirectional: true } : {});

/** A paragraph of inline content. */
export function inlineParagraph(
  inlines: readonly Inline[],
  options: ParagraphOptions = {},
  format: RunFormat = {},
): Paragraph {
  // Render first: an unknown inline type must fail as UnknownNodeError, not inside plainText.
  const children = renderInlines(inlines, format);
  return new Paragraph({ ...options, ...direction(plainText(inlines)), children });
}

/** A paragraph of plain text: titles, labels, headers. */
export function textParagraph(
  text: string,
  options: ParagraphOptions = {},
  format: RunFormat = {},
): Paragraph {
  return new Paragraph({ ...options, ...direction(text), children: textRuns(text, format) });
}

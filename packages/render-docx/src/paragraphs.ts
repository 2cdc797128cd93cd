// Paragraph builders shared by the block handlers: they set the paragraph's
// direction by the model's rule (right to left only without left-to-right
// letters), so no handler forgets it.
import { Paragraph, type IParagraphOptions } from "docx";
import { isRightToLeftParagraph, plainText, type Inline } from "@clausework/model";
import { renderInlines, textRuns, type RunFormat } from "./inlines.js";

export type ParagraphOptions = Omit<IParagraphOptions, "children" | "text">;

const direction = (rightToLeft: boolean) => (rightToLeft ? { bidirectional: true } : {});

/** A paragraph of inline content. */
export function inlineParagraph(
  inlines: readonly Inline[],
  options: ParagraphOptions = {},
  format: RunFormat = {},
): Paragraph {
  // plainText fails on an unknown inline type as UnknownNodeError, as rendering would.
  const rightToLeft = isRightToLeftParagraph(plainText(inlines));
  const children = renderInlines(inlines, { ...format, rightToLeftParagraph: rightToLeft });
  return new Paragraph({ ...options, ...direction(rightToLeft), children });
}

/** A paragraph of plain text: titles, labels, headers. */
export function textParagraph(
  text: string,
  options: ParagraphOptions = {},
  format: RunFormat = {},
): Paragraph {
  const rightToLeft = isRightToLeftParagraph(text);
  const children = textRuns(text, { ...format, rightToLeftParagraph: rightToLeft });
  return new Paragraph({ ...options, ...direction(rightToLeft), children });
}

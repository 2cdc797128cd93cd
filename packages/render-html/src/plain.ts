import { isRightToLeftParagraph, plainText, text, type Inline } from "@clausework/model";
import type { Attributes, HtmlNode } from "./html-tree.js";
import type { RenderContext } from "./types.js";

/**
 * A plain model string (a label, a name) as inline HTML. It goes through the model's
 * own `text()` so a stray CR/LF becomes a line break, exactly as in a text run.
 */
export const plain = (value: string, context: RenderContext): HtmlNode[] =>
  context.inlines(text(value));

/**
 * `dir="rtl"` on a block whose text the model's rule sets right to left (Hebrew
 * or Arabic letters and no left-to-right one), as the DOCX and PDF do; nothing
 * on any other, which takes the article's `ltr`. Not `dir="auto"`: browsers
 * would take the first letter, so a cell that starts with a Hebrew name over
 * an English address would turn right to left and scramble its phone number.
 */
export const direction = (value: string): Attributes =>
  isRightToLeftParagraph(value) ? { dir: "rtl" } : {};

/** `direction` of inline content. Call it after rendering the inlines, so an unknown node fails there. */
export const inlineDirection = (inlines: readonly Inline[]): Attributes =>
  direction(plainText(inlines));

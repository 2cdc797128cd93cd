import { text } from "@clausework/model";
import type { HtmlNode } from "./html-tree.js";
import type { RenderContext } from "./types.js";

/**
 * A plain model string (a label, a name) as inline HTML. It goes through the model's
 * own `text()` so a stray CR/LF becomes a line break, exactly as in a text run.
 */
export const plain = (value: string, context: RenderContext): HtmlNode[] =>
  context.inlines(text(value));

/** Attribute that lets the browser pick the direction from the text (Hebrew, Arabic). */
export const autoDirection = { dir: "auto" } as const;

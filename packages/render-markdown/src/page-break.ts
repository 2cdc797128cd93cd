import type { PageBreak } from "@clausework/model";
import type { BlockHandler } from "./types.js";

/**
 * Markdown has no pages. A thematic break is core CommonMark, so every renderer shows
 * it (as a rule) and none prints it as text; an HTML comment would be dropped by some
 * renderers and printed literally by those that escape HTML.
 */
export const renderPageBreak: BlockHandler<PageBreak> = () => "---";

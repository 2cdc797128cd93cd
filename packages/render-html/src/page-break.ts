import type { PageBreak } from "@clausework/model";
import { element } from "./html-tree.js";
import type { BlockHandler } from "./types.js";

/** Inline style so the break also works in the fragment, without the stylesheet. */
export const renderPageBreak: BlockHandler<PageBreak> = () =>
  element("div", { class: "page-break", style: "break-before: page" });

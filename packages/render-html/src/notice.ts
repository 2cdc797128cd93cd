import type { Notice, NoticeTone } from "@clausework/model";
import { element } from "./html-tree.js";
import { direction, plain } from "./plain.js";
import type { BlockHandler } from "./types.js";

const toneClass: Readonly<Record<NoticeTone, string>> = {
  info: "notice-info",
  warning: "notice-warning",
  legal: "notice-legal",
};

export const renderNotice: BlockHandler<Notice> = (node, context) => {
  const tone = toneClass[node.tone];
  if (tone === undefined) throw new Error(`render-html: unknown notice tone "${node.tone}"`);
  const title =
    node.title === undefined
      ? []
      : [
          element(
            "p",
            { class: "notice-title", ...direction(node.title) },
            plain(node.title, context),
          ),
        ];
  return element("aside", { role: "note", class: `notice ${tone}` }, [
    ...title,
    ...context.blocks(node.children, context.depth),
  ]);
};

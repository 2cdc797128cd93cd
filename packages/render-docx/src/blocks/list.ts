// Lists go through Word numbering. The first paragraph of an item carries the
// bullet or number; later paragraphs of the item line up with its text; other
// blocks (nested lists above all) render one level deeper.
import { Paragraph } from "docx";
import type { List, ListItem } from "@clausework/model";
import type { BlockHandler, BlockOutput, RenderContext } from "../context.js";
import { deepestListLevel, listIndent, listReferences } from "../numbering.js";
import { inlineParagraph } from "../paragraphs.js";
import { styleIds } from "../style-ids.js";

type Numbering = { readonly reference: string; readonly level: number; readonly instance: number };

function renderItem(item: ListItem, numbering: Numbering, inner: RenderContext): BlockOutput[] {
  const [first, ...rest] = item.children;
  const numbered = { style: styleIds.listParagraph, numbering };
  const head =
    first?.type === "paragraph"
      ? inlineParagraph(first.children, numbered)
      : new Paragraph(numbered);
  const following = first?.type === "paragraph" ? rest : item.children;
  const continued = {
    style: styleIds.listParagraph,
    indent: { left: listIndent(numbering.level) },
  };
  return [
    head,
    ...following.flatMap((child) =>
      child.type === "paragraph"
        ? [inlineParagraph(child.children, continued)]
        : inner.render([child], inner),
    ),
  ];
}

export const renderList: BlockHandler<List> = (node, context) => {
  const level = Math.min(context.listLevel, deepestListLevel);
  // An explicit instance per list: it restarts the numbering, and avoids docx's
  // process-wide counter for restarted lists, which would make output depend on history.
  const numbering: Numbering = {
    reference: node.ordered ? listReferences.ordered : listReferences.bullet,
    level,
    instance: context.nextListInstance(),
  };
  const inner = { ...context, listLevel: level + 1 };
  return node.items.flatMap((item) => renderItem(item, numbering, inner));
};

// A notice is a shaded single-cell box with a bar on its leading edge in the
// tone's colour; its blocks render inside the cell, narrower by the padding.
import { Table, TableLayoutType, TableRow, WidthType } from "docx";
import type { Notice } from "@clausework/model";
import { theme } from "@clausework/theme";
import type { BlockHandler } from "../context.js";
import { textParagraph } from "../paragraphs.js";
import { styleIds } from "../style-ids.js";
import { twips } from "../units.js";
import { cell, noBorder, rule, shading, spacer } from "./table-parts.js";

const barPoints = 3;
const padding = twips(theme.spacing.tableCellPadding * 2);

export const renderNotice: BlockHandler<Notice> = (node, context) => {
  const tone = theme.color.notice[node.tone];
  const inner = { ...context, width: context.width - 2 * padding - twips(barPoints) };
  const children = [
    ...(node.title === undefined
      ? []
      : [textParagraph(node.title, { style: styleIds.noticeTitle })]),
    ...context.render(node.children, inner),
  ];
  const box = cell(children, context.width, {
    shading: shading(tone.background),
    margins: { top: padding, bottom: padding, left: padding, right: padding },
    borders: {
      left: rule(barPoints, tone.border),
      top: noBorder,
      bottom: noBorder,
      right: noBorder,
    },
  });
  const table = new Table({
    style: styleIds.layoutTable,
    width: { size: context.width, type: WidthType.DXA },
    columnWidths: [context.width],
    layout: TableLayoutType.FIXED,
    rows: [new TableRow({ children: [box] })],
  });
  return [table, spacer()];
};

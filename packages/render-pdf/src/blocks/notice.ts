// A notice is a one-cell table: shaded in its tone's background, with a thick
// rule in the tone's border colour on the left.
import type { Content } from "pdfmake/interfaces.js";
import type { Notice, NoticeTone } from "@clausework/model";
import { css, theme } from "@clausework/theme";
import type { BlockHandler } from "../context.js";
import { plainText } from "../inlines.js";
import { styleNames } from "../styles.js";
import { isSmall } from "./keep-together.js";
import { noticeInset, tableLayoutNames } from "../table-layouts.js";

function toneColours(tone: NoticeTone): { background: string; border: string } {
  const colours = theme.color.notice[tone];
  if (colours === undefined) throw new Error(`render-pdf: unknown notice tone "${tone}"`);
  return { background: css(colours.background), border: css(colours.border) };
}

export const renderNotice: BlockHandler<Notice> = (node, context) => {
  const { background, border } = toneColours(node.tone);
  const title: Content[] =
    node.title === undefined
      ? []
      : [{ text: plainText(node.title), style: styleNames.noticeTitle }];
  const body = context.blocks(node.children, { ...context, width: context.width - noticeInset });
  return [
    {
      table: {
        widths: ["*"],
        body: [
          [
            {
              stack: [...title, ...body],
              fillColor: background,
              border: [true, false, false, false],
              borderColor: [border, border, border, border],
            },
          ],
        ],
      },
      layout: tableLayoutNames.notice,
      margin: [0, 0, 0, theme.spacing.paragraph * 2],
      ...(isSmall(node, context) ? { unbreakable: true } : {}),
    },
  ];
};

// pdfmake table layouts are functions, so they cannot live in the JSON
// definition: the definition names them, and renderPdf registers them.
import type { CustomTableLayout } from "pdfmake/interfaces.js";
import { css, theme } from "@clausework/theme";

export const tableLayoutNames = {
  grid: "clausework-grid",
  plain: "clausework-plain",
  notice: "clausework-notice",
} as const;

const cellPadding = theme.spacing.tableCellPadding;
const noticeRule = 3;
const noticePadding = 10;

/** Horizontal room a notice's border and padding take from its content. */
export const noticeInset = noticeRule + 2 * noticePadding;

const none = () => 0;

export const tableLayouts: Record<string, CustomTableLayout> = {
  // Data tables and the schedule: a hairline under every row, no vertical lines.
  [tableLayoutNames.grid]: {
    hLineWidth: (index) => (index === 0 ? 0 : 0.5),
    vLineWidth: none,
    hLineColor: () => css(theme.color.rule),
    paddingLeft: () => cellPadding,
    paddingRight: () => cellPadding,
    paddingTop: () => cellPadding - 1,
    paddingBottom: () => cellPadding - 1,
  },
  // Key facts: no lines; a gap between label and value only.
  [tableLayoutNames.plain]: {
    hLineWidth: none,
    vLineWidth: none,
    paddingLeft: (index) => (index === 0 ? 0 : cellPadding * 2),
    paddingRight: () => 0,
    paddingTop: () => 2,
    paddingBottom: () => 2,
  },
  // Notices: the cell's own border colour draws the left rule. The bottom padding
  // is smaller because the last paragraph brings its own space after.
  [tableLayoutNames.notice]: {
    hLineWidth: none,
    vLineWidth: (index) => (index === 0 ? noticeRule : 0),
    paddingLeft: () => noticePadding,
    paddingRight: () => noticePadding,
    paddingTop: () => noticePadding - 2,
    paddingBottom: () => Math.max(noticePadding - 2 - theme.spacing.paragraph, 2),
  },
};

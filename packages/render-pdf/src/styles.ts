// Named pdfmake styles, all from the shared theme, so the definition names a
// style ("heading1") rather than repeating sizes and colours on every node.
import type { Style, StyleDictionary } from "pdfmake/interfaces.js";
import { css, theme } from "@clausework/theme";
import { lineHeightFactor, mainFamily } from "./fonts.js";

const { size, spacing, color } = theme;

export const styleNames = {
  title: "title",
  subtitle: "subtitle",
  paragraph: "paragraph",
  caption: "caption",
  tableHeader: "tableHeader",
  label: "label",
  noticeTitle: "noticeTitle",
  small: "small",
  link: "link",
  pageHeader: "pageHeader",
  pageFooter: "pageFooter",
} as const;

/** Heading style by section depth: 1, 2, then 3 for everything deeper. */
export function headingStyle(depth: number): string {
  return `heading${Math.min(Math.max(depth, 1), 3)}`;
}

function heading(fontSize: number, before: number): Style {
  return {
    fontSize,
    bold: true,
    color: css(color.accent),
    margin: [0, before, 0, spacing.headingAfter],
  };
}

export function documentStyles(): StyleDictionary {
  return {
    title: { fontSize: size.title, bold: true, color: css(color.text), margin: [0, 0, 0, 4] },
    subtitle: {
      fontSize: size.subtitle,
      color: css(color.muted),
      margin: [0, 0, 0, spacing.sectionBefore],
    },
    heading1: heading(size.heading1, spacing.sectionBefore),
    heading2: heading(size.heading2, spacing.sectionBefore * 0.75),
    heading3: heading(size.heading3, spacing.sectionBefore * 0.5),
    paragraph: { margin: [0, 0, 0, spacing.paragraph] },
    caption: { fontSize: size.small, bold: true, color: css(color.muted), margin: [0, 0, 0, 3] },
    tableHeader: { bold: true, color: css(color.tableHeaderText) },
    label: { bold: true, color: css(color.muted) },
    noticeTitle: { bold: true, margin: [0, 0, 0, 3] },
    small: { fontSize: size.small, color: css(color.muted) },
    link: { color: css(color.accent), decoration: "underline" },
    pageHeader: { fontSize: size.small, color: css(color.muted) },
    pageFooter: { fontSize: size.small, color: css(color.muted), alignment: "right" },
  };
}

export function defaultStyle(): Style {
  return {
    font: mainFamily,
    fontSize: size.body,
    lineHeight: lineHeightFactor(),
    color: css(color.text),
  };
}

// The one theme every paged or styled renderer reads, so a contract looks the
// same in the browser, in Word and in a PDF. Sizes are in points; colours are
// six-digit hex without '#', the form DOCX wants (HTML and PDF add the '#').

export const theme = {
  font: {
    /** Body and headings. Embedded in PDFs; named in DOCX and HTML with fallbacks. */
    family: "Inter",
    fallbacks: ["DejaVu Sans", "Helvetica", "Arial", "sans-serif"],
  },
  size: {
    body: 10.5,
    small: 8.5,
    title: 22,
    subtitle: 13,
    heading1: 15,
    heading2: 12.5,
    heading3: 11,
  },
  /** Line height as a multiple of the font size. */
  lineHeight: 1.4,
  spacing: {
    /** Space after a paragraph. */
    paragraph: 6,
    /** Space before a level-1 heading. */
    sectionBefore: 16,
    headingAfter: 6,
    tableCellPadding: 4,
    listIndent: 18,
  },
  color: {
    text: "1F2933",
    muted: "616E7C",
    accent: "1D4E89",
    rule: "CBD2D9",
    tableHeaderBackground: "E4E7EB",
    tableHeaderText: "1F2933",
    clientRow: "F0F4F8",
    notice: {
      info: { background: "EAF2FB", border: "1D4E89" },
      warning: { background: "FFF4E5", border: "C26A00" },
      legal: { background: "F3F4F6", border: "616E7C" },
    },
  },
  page: {
    /** Margins in points: 20 mm on A4, close to 0.8 in on Letter. */
    margin: { top: 64, right: 57, bottom: 64, left: 57 },
  },
} as const;

export type Theme = typeof theme;

/** `#RRGGBB` for CSS and pdfmake. */
export const css = (hex: string): string => `#${hex}`;

// Real Word styles from the theme, so a reader who restyles "Heading 1" in Word
// restyles every section heading, and pandoc and LibreOffice see the structure.
import type { IParagraphStyleOptions, IStylesOptions } from "docx";
import { theme } from "@clausework/theme";
import { styleIds } from "./style-ids.js";
import { halfPoints, lineSpacing, twips } from "./units.js";

const { color, size, spacing } = theme;

// Languages written right to left; their tag also goes in the complex-script slot.
const rtlLanguages = new Set(["ar", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"]);

function languageOptions(language: string): { value: string; bidirectional?: string } {
  const primary = language.split("-")[0]?.toLowerCase() ?? "";
  return rtlLanguages.has(primary)
    ? { value: language, bidirectional: language }
    : { value: language };
}

function heading(level: 1 | 2 | 3, points: number) {
  return {
    run: { size: halfPoints(points), bold: true, color: color.accent },
    paragraph: {
      // Top-level sections get the theme's full gap; subsections half of it.
      spacing: {
        before: twips(level === 1 ? spacing.sectionBefore : spacing.sectionBefore / 2),
        after: twips(spacing.headingAfter),
      },
      keepNext: true,
      keepLines: true,
      outlineLevel: level - 1,
    },
  };
}

const tableParagraph = { spacing: { before: 0, after: 0 } };

function paragraphStyles(): IParagraphStyleOptions[] {
  const small = halfPoints(size.small);
  const styles: IParagraphStyleOptions[] = [
    {
      id: styleIds.subtitle,
      name: "Subtitle",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { size: halfPoints(size.subtitle), color: color.muted },
      paragraph: { spacing: { after: twips(spacing.sectionBefore) } },
    },
    {
      id: styleIds.header,
      name: "header",
      basedOn: "Normal",
      run: { size: small, color: color.muted },
      paragraph: tableParagraph,
    },
    {
      id: styleIds.footer,
      name: "footer",
      basedOn: "Normal",
      run: { size: small, color: color.muted },
      paragraph: tableParagraph,
    },
    { id: styleIds.tableText, name: "Table Text", basedOn: "Normal", paragraph: tableParagraph },
    {
      id: styleIds.tableHeading,
      name: "Table Heading",
      basedOn: styleIds.tableText,
      run: { bold: true, color: color.tableHeaderText },
    },
    {
      id: styleIds.factLabel,
      name: "Fact Label",
      basedOn: styleIds.tableText,
      run: { bold: true, color: color.muted },
    },
    {
      id: styleIds.noticeTitle,
      name: "Notice Title",
      basedOn: "Normal",
      run: { bold: true },
      paragraph: { keepNext: true, spacing: { after: twips(spacing.paragraph / 2) } },
    },
    {
      id: styleIds.signatureLabel,
      name: "Signature Label",
      basedOn: styleIds.tableText,
      run: { size: small, color: color.muted },
    },
  ];
  return styles;
}

export function documentStyles(language: string): IStylesOptions {
  return {
    default: {
      document: {
        run: {
          font: theme.font.family,
          size: halfPoints(size.body),
          color: color.text,
          language: languageOptions(language),
        },
        paragraph: {
          spacing: { after: twips(spacing.paragraph), line: lineSpacing(theme.lineHeight) },
        },
      },
      title: {
        run: { size: halfPoints(size.title), bold: true, color: color.accent },
        paragraph: { spacing: { after: twips(spacing.headingAfter) } },
      },
      heading1: heading(1, size.heading1),
      heading2: heading(2, size.heading2),
      heading3: heading(3, size.heading3),
      listParagraph: { paragraph: { spacing: { after: twips(spacing.paragraph / 2) } } },
      caption: {
        run: { size: halfPoints(size.small), bold: true, color: color.muted },
        paragraph: {
          keepNext: true,
          spacing: { before: twips(spacing.paragraph), after: twips(spacing.paragraph / 2) },
        },
      },
      hyperlink: { run: { color: color.accent, underline: {} } },
    },
    paragraphStyles: paragraphStyles(),
  };
}

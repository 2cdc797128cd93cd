// The style ids the document uses. Word's built-in names (Title, Heading 1,
// List Paragraph, Caption, Hyperlink, header, footer) keep Word's ids so Word,
// LibreOffice and pandoc treat them as the real thing.
export const styleIds = {
  title: "Title",
  subtitle: "Subtitle",
  headings: ["Heading1", "Heading2", "Heading3"],
  listParagraph: "ListParagraph",
  caption: "Caption",
  hyperlink: "Hyperlink",
  header: "Header",
  footer: "Footer",
  tableText: "TableText",
  tableHeading: "TableHeading",
  factLabel: "FactLabel",
  noticeTitle: "NoticeTitle",
  signatureLabel: "SignatureLabel",
  /** Ruled grid with a shaded header row: tables and the schedule. */
  table: "ClauseworkTable",
  /** No borders: key facts, notices, signature blocks. */
  layoutTable: "ClauseworkLayoutTable",
} as const;

/** The heading style for a section at `depth` (1 = top level); deeper ones share Heading 3. */
export function headingStyle(depth: number): string {
  const { headings } = styleIds;
  return headings[Math.min(Math.max(depth, 1), headings.length) - 1] ?? headings[0];
}

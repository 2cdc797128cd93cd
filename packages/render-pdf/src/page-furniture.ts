// What pdfmake only takes as functions or Dates: the running header (the title,
// from the second page on), the "Page X of Y" footer, and the metadata dates.
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces.js";
import type { DocumentMeta } from "@clausework/model";
import { theme } from "@clausework/theme";
import { orderRightToLeft } from "./bidi-layout.js";
import { bodyBox } from "./document.js";
import { plainText } from "./inlines.js";
import { documentStyles, styleNames } from "./styles.js";

/** 00:00 UTC on the issue date: the PDF's dates, never the clock. */
export function issueDate(meta: DocumentMeta): Date {
  const date = new Date(`${meta.issuedOn}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(meta.issuedOn) || Number.isNaN(date.getTime())) {
    throw new Error(`render-pdf: meta.issuedOn "${meta.issuedOn}" is not an ISO date`);
  }
  return date;
}

const { left, right, top, bottom } = theme.page.margin;
// Header and footer sit in the page margins, a little away from the body.
const headerMargin: [number, number, number, number] = [left, top / 2 - 4, right, 0];
const footerMargin: [number, number, number, number] = [left, bottom / 2 - 4, right, 0];

export function withPageFurniture(
  definition: TDocumentDefinitions,
  meta: DocumentMeta,
): TDocumentDefinitions {
  const date = issueDate(meta);
  // The header spans the body's width; right-to-left titles are ordered once.
  const header = orderRightToLeft(
    { text: plainText(meta.title), style: styleNames.pageHeader, margin: headerMargin },
    bodyBox(meta),
    documentStyles(),
  );
  return {
    ...definition,
    info: { ...definition.info, creationDate: date, modDate: date },
    header: (currentPage: number): Content | null =>
      // A fresh copy per page: pdfmake writes layout state into the nodes it lays out.
      currentPage === 1 ? null : structuredClone(header),
    footer: (currentPage: number, pageCount: number): Content => ({
      text: `Page ${currentPage} of ${pageCount}`,
      style: styleNames.pageFooter,
      margin: footerMargin,
    }),
  };
}

// The JSON part of the pdfmake definition: page, metadata, styles, title block
// and the rendered blocks. Functions (running header and footer, table layouts)
// and Date objects are added by renderPdf, so this stays plain, golden-able JSON.
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces.js";
import type { DocumentMeta, DocumentModel } from "@clausework/model";
import { theme } from "@clausework/theme";
import { orderRightToLeft } from "./bidi-layout.js";
import { hasBidiText } from "./bidi-order.js";
import type { TextBox } from "./bidi-text.js";
import type { FontFiles } from "./fonts.js";
import { plainText } from "./inlines.js";
import { defaultStyle, documentStyles, styleNames } from "./styles.js";
import { documentTexts } from "./text-sources.js";

export type PdfOptions = {
  /** Deflate page content and fonts (default true); false helps when reading the PDF source. */
  readonly compress?: boolean;
  /**
   * The font files to embed. In Node they are read from the font packages when not
   * given; in a browser they must be given (fetched with the page's own files).
   */
  readonly fonts?: FontFiles;
};

const pageSizes = { A4: "A4", LETTER: "LETTER" } as const;

function pageSize(meta: DocumentMeta): "A4" | "LETTER" {
  const size = pageSizes[meta.pageSize];
  if (size === undefined) throw new Error(`render-pdf: unknown page size "${meta.pageSize}"`);
  return size;
}

/** Width in points between the page margins. */
export function contentWidth(meta: DocumentMeta): number {
  const pageWidth = pageSize(meta) === "A4" ? 595.28 : 612;
  return pageWidth - theme.page.margin.left - theme.page.margin.right;
}

/** Height in points between the top and bottom page margins. */
export function contentHeight(meta: DocumentMeta): number {
  const pageHeight = pageSize(meta) === "A4" ? 841.89 : 792;
  return pageHeight - theme.page.margin.top - theme.page.margin.bottom;
}

function titleBlock(meta: DocumentMeta): Content[] {
  const subtitle: Content[] =
    meta.subtitle === undefined
      ? []
      : [{ text: plainText(meta.subtitle), style: styleNames.subtitle }];
  const title: Content = { text: plainText(meta.title), style: styleNames.title };
  return [title, ...subtitle];
}

/** The body's width and the default font, where right-to-left text is broken into lines. */
export function bodyBox(meta: DocumentMeta): TextBox {
  return { width: contentWidth(meta), fontSize: theme.size.body, bold: false, italics: false };
}

export function documentDefinition(
  doc: DocumentModel,
  body: Content[],
  options: PdfOptions,
): TDocumentDefinitions {
  const { meta } = doc;
  const { left, top, right, bottom } = theme.page.margin;
  return {
    pageSize: pageSize(meta),
    pageMargins: [left, top, right, bottom],
    language: meta.language,
    compress: options.compress ?? true,
    info: {
      title: meta.title,
      subject: meta.subject,
      author: meta.author,
      creator: "Clausework",
      keywords: [doc.kind, ...meta.parties].join(", "),
    },
    defaultStyle: defaultStyle(),
    styles: documentStyles(),
    content: ordered(doc, [...titleBlock(meta), ...body]),
  };
}

/** Right-to-left text laid out in lines; a document without any is left as it is, unwalked. */
function ordered(doc: DocumentModel, content: Content[]): Content {
  const needed = documentTexts(doc).some((source) => hasBidiText(source.text));
  return needed ? orderRightToLeft(content, bodyBox(doc.meta), documentStyles()) : content;
}

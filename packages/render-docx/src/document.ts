// The docx Document: properties, styles, numbering, one page section with its
// header and footer, and the body (title block, then the rendered blocks).
import { Document } from "docx";
import type { DocumentMeta, DocumentModel } from "@clausework/model";
import type { BlockOutput, RenderContext } from "./context.js";
import { pageFooter, pageHeader } from "./header-footer.js";
import { numberingOptions } from "./numbering.js";
import { pageGeometry } from "./page.js";
import { textParagraph } from "./paragraphs.js";
import { styleIds } from "./style-ids.js";
import { documentStyles } from "./styles.js";
import { tableStylesXml } from "./table-styles.js";
import { checkXmlText } from "./text.js";

function titleBlock(meta: DocumentMeta): BlockOutput[] {
  return [
    textParagraph(meta.title, { style: styleIds.title }),
    ...(meta.subtitle === undefined
      ? []
      : [textParagraph(meta.subtitle, { style: styleIds.subtitle })]),
  ];
}

export function createDocument(doc: DocumentModel, render: RenderContext["render"]): Document {
  const { meta } = doc;
  const page = pageGeometry(meta.pageSize);
  let lists = 0;
  const context: RenderContext = {
    sectionDepth: 0,
    listLevel: 0,
    width: page.contentWidth,
    nextListInstance: () => (lists += 1),
    render,
  };
  const body = [...titleBlock(meta), ...render(doc.children, context)];
  return new Document({
    title: checkXmlText(meta.title),
    subject: checkXmlText(meta.subject),
    creator: checkXmlText(meta.author),
    lastModifiedBy: checkXmlText(meta.author),
    revision: 1,
    externalStyles: tableStylesXml(),
    styles: documentStyles(checkXmlText(meta.language)),
    numbering: numberingOptions(),
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: { ...page.margin, header: page.headerFooter, footer: page.headerFooter },
          },
        },
        headers: { default: pageHeader(meta, page.contentWidth) },
        footers: { default: pageFooter() },
        children: body,
      },
    ],
  });
}

// Running header (title on the left, parties on the right, a rule beneath) and
// footer ("Page X of Y" from Word's PAGE and NUMPAGES fields). The header is
// one paragraph and follows the model's rule like every other: left to right
// unless title and parties have no left-to-right letter at all (a Hebrew title
// beside "Acme <Ltd>" stays left to right, its runs carrying their own
// direction); a right-to-left header puts the title on the right.
import {
  AlignmentType,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
} from "docx";
import { isRightToLeftParagraph, type DocumentMeta } from "@clausework/model";
import { textRuns } from "./inlines.js";
import { styleIds } from "./style-ids.js";
import { rule } from "./blocks/table-parts.js";

export function pageHeader(meta: DocumentMeta, contentWidth: number): Header {
  const parties = meta.parties.join(" · ");
  const paragraph = new Paragraph({
    style: styleIds.header,
    ...(isRightToLeftParagraph(`${meta.title}\n${parties}`) ? { bidirectional: true } : {}),
    tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
    border: { bottom: { ...rule(), space: 4 } },
    children: [
      ...textRuns(meta.title),
      new TextRun({ children: [new Tab()] }),
      ...textRuns(parties),
    ],
  });
  return new Header({ children: [paragraph] });
}

export function pageFooter(): Footer {
  const paragraph = new Paragraph({
    style: styleIds.footer,
    alignment: AlignmentType.RIGHT,
    children: [
      new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES] }),
    ],
  });
  return new Footer({ children: [paragraph] });
}

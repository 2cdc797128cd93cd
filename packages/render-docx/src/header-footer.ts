// Running header (title on the left, parties on the right, a rule beneath) and
// footer ("Page X of Y" from Word's PAGE and NUMPAGES fields). The header stays
// a left-to-right paragraph even for a Hebrew title: its runs carry their own
// direction, and a right-to-left paragraph would swap the two ends and mirror
// the brackets of a name such as "Acme <Ltd>".
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
import type { DocumentMeta } from "@clausework/model";
import { textRuns } from "./inlines.js";
import { styleIds } from "./style-ids.js";
import { rule } from "./blocks/table-parts.js";

export function pageHeader(meta: DocumentMeta, contentWidth: number): Header {
  const parties = meta.parties.join(" · ");
  const paragraph = new Paragraph({
    style: styleIds.header,
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

// What the PDF thread lays out while it waits for the main thread to generate
// the real document. pdfkit shapes each word once per font and keeps the result
// in a cache that render-pdf shares across documents, and shaping is most of a
// render; the built-in clauses hold most words any contract is made of. So the
// thread lays out the clause texts, without their template tags, in small
// documents, and stops as soon as real work arrives. Nothing of a warm-up
// document reaches the output: the cache holds glyph layouts, which depend only
// on the word and the font.
// The sources alone: the rest of the clauses package (Handlebars, markdown-it) is not needed here.
import { clauses } from "@clausework/clauses/sources";
import type { Block, DocumentModel } from "@clausework/model";

/** Clauses per warm-up document: small, so real work never waits long behind one. */
const CLAUSES_PER_DOCUMENT = 6;

/** Clause text without Handlebars tags and Markdown marks: the words a reader sees. */
export function visibleWords(body: string): string {
  return body
    .replace(/\{\{!--[\s\S]*?--\}\}|\{\{[\s\S]*?\}\}/g, " ")
    .replace(/[#*_>`|[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function warmUpDocument(index: number, children: Block[]): DocumentModel {
  return {
    type: "document",
    kind: "contract",
    meta: {
      id: `warm-up-${index}`,
      title: "Warm-up",
      subject: "Warm-up",
      author: "clausework",
      parties: [],
      issuedOn: "2027-01-01",
      language: "en",
      pageSize: "A4",
    },
    children,
  };
}

/** The first document only loads the fonts; the rest carry the clause library's words. */
export function warmUpDocuments(): DocumentModel[] {
  const documents = [warmUpDocument(0, [paragraph("Warm-up")])];
  for (let start = 0; start < clauses.length; start += CLAUSES_PER_DOCUMENT) {
    const children = clauses.slice(start, start + CLAUSES_PER_DOCUMENT).map((clause): Block => {
      const text = paragraph(visibleWords(clause.body));
      // Headings are bold: their words are shaped in the bold face.
      return clause.title === undefined
        ? text
        : { type: "section", id: clause.id, title: clause.title, children: [text] };
    });
    documents.push(warmUpDocument(documents.length, children));
  }
  return documents;
}

function paragraph(value: string): Block {
  return { type: "paragraph", children: [{ type: "text", value }] };
}

/**
 * Renders the warm-up documents one by one until `stop` says real work has come.
 * Failures are ignored: a warm-up document only warms.
 */
export async function warmUp(
  render: (doc: DocumentModel) => Promise<unknown>,
  stop: () => boolean,
): Promise<void> {
  for (const doc of warmUpDocuments()) {
    // Each warm-up document is small, so real work waits at most for one of them.
    if (stop()) return;
    await render(doc).catch(() => undefined);
    // renderPdf settles through promises and nextTick callbacks only, so without
    // a turn of the event loop here the message bringing real work would wait in
    // the port until the whole warm-up had run (it did: 0.3-0.5 s of a cold build).
    await new Promise((resolve) => setImmediate(resolve));
  }
}

// The <article> that holds a whole document: its title block, then its blocks.
import type { DocumentModel } from "@clausework/model";
import { element } from "./html-tree.js";
import type { HtmlElement } from "./html-tree.js";
import { direction, plain } from "./plain.js";
import type { RenderContext } from "./types.js";

export function renderArticle(doc: DocumentModel, context: RenderContext): HtmlElement {
  const { meta } = doc;
  const subtitle =
    meta.subtitle === undefined
      ? []
      : [
          element(
            "p",
            { class: "subtitle", ...direction(meta.subtitle) },
            plain(meta.subtitle, context),
          ),
        ];
  // The documents are English: left to right, also when embedded in a right-to-left page.
  const article = { class: `document document-${doc.kind}`, lang: meta.language, dir: "ltr" };
  return element("article", article, [
    element("header", {}, [
      element("h1", direction(meta.title), plain(meta.title, context)),
      ...subtitle,
    ]),
    ...context.blocks(doc.children, 0),
  ]);
}

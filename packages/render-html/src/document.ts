// The <article> that holds a whole document: its title block, then its blocks.
import type { DocumentModel } from "@clausework/model";
import { element } from "./html-tree.js";
import type { HtmlElement } from "./html-tree.js";
import { autoDirection, plain } from "./plain.js";
import type { RenderContext } from "./types.js";

export function renderArticle(doc: DocumentModel, context: RenderContext): HtmlElement {
  const { meta } = doc;
  const subtitle =
    meta.subtitle === undefined
      ? []
      : [element("p", { class: "subtitle", ...autoDirection }, plain(meta.subtitle, context))];
  return element("article", { class: `document document-${doc.kind}`, lang: meta.language }, [
    element("header", {}, [element("h1", autoDirection, plain(meta.title, context)), ...subtitle]),
    ...context.blocks(doc.children, 0),
  ]);
}

// The standalone page around the article. Nothing here loads from the network: the
// policy forbids every fetch, allows only the inline stylesheet and data: images.
import type { DocumentMeta } from "@clausework/model";
import { element, htmlText } from "./html-tree.js";
import type { HtmlElement } from "./html-tree.js";
import { serializeHtml } from "./serialize.js";
import { htmlStylesheet } from "./stylesheet.js";

export const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** A browser title is one line: line breaks in the document title become spaces. */
const oneLine = (value: string): string => value.replace(/\s*[\r\n]+\s*/g, " ");

function head(meta: DocumentMeta): HtmlElement {
  return element("head", {}, [
    element("meta", { charset: "utf-8" }),
    element("meta", { "http-equiv": "Content-Security-Policy", content: contentSecurityPolicy }),
    element("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
    element("title", {}, [htmlText(oneLine(meta.title))]),
    element("meta", { name: "author", content: meta.author }),
    element("meta", { name: "description", content: meta.subject }),
    element("style", {}, [{ kind: "css", value: htmlStylesheet(meta.pageSize) }]),
  ]);
}

/** The full page: doctype, head with policy and stylesheet, and the article as the body. */
export function renderPage(meta: DocumentMeta, article: HtmlElement): string {
  const html = element("html", { lang: meta.language }, [
    head(meta),
    element("body", {}, [article]),
  ]);
  return `<!doctype html>\n${serializeHtml(html)}\n`;
}

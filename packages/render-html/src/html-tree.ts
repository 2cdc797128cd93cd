// A tiny HTML tree. Handlers build it; only serialize.ts turns it into text, and it
// escapes every text and attribute value on the way. Tag names are a closed set so
// no handler can produce an element this renderer did not plan for.

export type Tag =
  | "html"
  | "head"
  | "body"
  | "meta"
  | "title"
  | "style"
  | "article"
  | "header"
  | "section"
  | "h1"
  | "h2"
  | "h3"
  | "h4"
  | "p"
  | "ul"
  | "ol"
  | "li"
  | "table"
  | "caption"
  | "colgroup"
  | "col"
  | "thead"
  | "tbody"
  | "tr"
  | "th"
  | "td"
  | "dl"
  | "dt"
  | "dd"
  | "div"
  | "aside"
  | "a"
  | "strong"
  | "em"
  | "br"
  | "span"
  | "bdi"
  | "time";

export type Attributes = Readonly<Record<string, string | undefined>>;

export type HtmlElement = {
  readonly kind: "element";
  readonly tag: Tag;
  readonly attributes: Attributes;
  readonly children: readonly HtmlNode[];
};
export type HtmlText = { readonly kind: "text"; readonly value: string };
/** Stylesheet text for `<style>`: built from the theme, never from user input. */
export type HtmlCss = { readonly kind: "css"; readonly value: string };
export type HtmlNode = HtmlElement | HtmlText | HtmlCss;

export function element(
  tag: Tag,
  attributes: Attributes = {},
  children: readonly HtmlNode[] = [],
): HtmlElement {
  return { kind: "element", tag, attributes, children };
}

export const htmlText = (value: string): HtmlText => ({ kind: "text", value });

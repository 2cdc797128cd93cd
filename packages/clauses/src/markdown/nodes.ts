// The Markdown a clause may use, as a small tree: headings, paragraphs, lists,
// thematic breaks and the marker comments, with text, hard breaks, emphasis,
// strong and links inside. Anything else in a clause is an error (parse.ts).

export type ClauseInline =
  | { readonly type: "text"; readonly value: string }
  | { readonly type: "break" }
  | { readonly type: "emphasis"; readonly children: ClauseInline[] }
  | { readonly type: "strong"; readonly children: ClauseInline[] }
  | { readonly type: "link"; readonly url: string; readonly children: ClauseInline[] };

export type ClauseBlock =
  | { readonly type: "heading"; readonly depth: number; readonly children: ClauseInline[] }
  | { readonly type: "paragraph"; readonly children: ClauseInline[] }
  | { readonly type: "list"; readonly ordered: boolean; readonly items: ClauseBlock[][] }
  /** A raw HTML block: only the clausework marker comments are allowed (markers.ts). */
  | { readonly type: "html"; readonly value: string }
  | { readonly type: "thematicBreak" };

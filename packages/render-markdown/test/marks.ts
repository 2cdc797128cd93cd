// Compares inline content by what a reader sees: each visible character with the
// marks on it (bold, italic, link target). Whitespace carries no marks, since bold
// or italic spaces look like plain ones.
import type { Inline } from "@clausework/model";
import type { Nodes } from "mdast";
import { separator } from "../src/autolink-guard.js";
import { isSafeUrl } from "../src/url.js";

type Marks = { readonly strong: boolean; readonly emphasis: boolean; readonly link: string };
const none: Marks = { strong: false, emphasis: false, link: "" };

const mark = (character: string, marks: Marks): string =>
  /^\s$/u.test(character)
    ? character
    : `${character}${marks.strong ? "B" : ""}${marks.emphasis ? "I" : ""}${marks.link && `<${marks.link}>`}`;

/** Marked characters of model inlines; a break is "\n". */
export function modelMarks(inlines: readonly Inline[], marks: Marks = none): string[] {
  return inlines.flatMap((node): string[] => {
    switch (node.type) {
      case "text":
        return [...node.value.replace(/\r\n?/g, "\n")].map((character) => mark(character, marks));
      case "break":
        return ["\n"];
      case "strong":
        return modelMarks(node.children, { ...marks, strong: true });
      case "emphasis":
        return modelMarks(node.children, { ...marks, emphasis: true });
      case "link": {
        const link = marks.link === "" && isSafeUrl(node.url) ? node.url : marks.link;
        return modelMarks(node.children, { ...marks, link });
      }
    }
  });
}

/** Marked characters of parsed Markdown; anything but text and our marks shows as ⟨type⟩. */
export function parsedMarks(node: Nodes, marks: Marks = none): string[] {
  switch (node.type) {
    case "text":
      return [...node.value].map((character) => mark(character, marks));
    case "break":
      return ["\n"];
    case "html":
      return node.value === separator ? [] : [`⟨html ${node.value}⟩`];
    case "strong":
      return node.children.flatMap((child) => parsedMarks(child, { ...marks, strong: true }));
    case "emphasis":
      return node.children.flatMap((child) => parsedMarks(child, { ...marks, emphasis: true }));
    case "link":
      return node.children.flatMap((child) => parsedMarks(child, { ...marks, link: node.url }));
    case "paragraph":
    case "tableCell":
    case "heading":
      return node.children.flatMap((child) => parsedMarks(child, marks));
    default:
      return [`⟨${node.type}⟩`];
  }
}

// Inline content to pdfmake text leaves. pdfmake loses the properties of a
// nested text array (pdfmake issue 1174), so nesting is flattened here: every
// leaf carries its full set of marks (bold, italics, link, font) itself.
import type { ContentText } from "pdfmake/interfaces.js";
import { UnknownNodeError } from "@clausework/model";
import type { Inline } from "@clausework/model";
import { fontRuns } from "./font-runs.js";
import { mainFamily } from "./fonts.js";
import { breakOffsets, ZERO_WIDTH_SPACE } from "./long-words.js";
import { styleNames } from "./styles.js";

export type TextLeaf = string | ContentText;

type Marks = { readonly bold?: true; readonly italics?: true; readonly link?: string };

const noMarks: Marks = {};

/** Only https: and mailto: become links; anything else prints as plain text. */
export function isSafeUrl(url: string): boolean {
  return /^(https:\/\/|mailto:)/i.test(url);
}

function leaf(text: string, family: string, marks: Marks): TextLeaf {
  const font = family === mainFamily ? {} : { font: family };
  if (marks.link === undefined && marks.bold === undefined && marks.italics === undefined) {
    return family === mainFamily ? text : { text, ...font };
  }
  const link = marks.link === undefined ? {} : { link: marks.link, style: styleNames.link };
  return {
    text,
    ...font,
    ...(marks.bold ? { bold: true } : {}),
    ...(marks.italics ? { italics: true } : {}),
    ...link,
  };
}

/** Plain text as leaves, cut where the font must change. */
export function textLeaves(value: string, marks: Marks = noMarks): TextLeaf[] {
  return fontRuns(value).map((run) => leaf(run.text, run.family, marks));
}

function leaves(inlines: readonly Inline[], marks: Marks): TextLeaf[] {
  return inlines.flatMap((node): TextLeaf[] => {
    switch (node.type) {
      case "text":
        return textLeaves(node.value, marks);
      case "break":
        return [leaf("\n", mainFamily, noMarks)];
      case "strong":
        return leaves(node.children, { ...marks, bold: true });
      case "emphasis":
        return leaves(node.children, { ...marks, italics: true });
      case "link":
        return leaves(node.children, isSafeUrl(node.url) ? { ...marks, link: node.url } : marks);
      default:
        throw new UnknownNodeError((node as { type: string }).type, "render-pdf");
    }
  });
}

const textOf = (part: TextLeaf): string => (typeof part === "string" ? part : String(part.text));

function withText(part: TextLeaf, text: string): TextLeaf {
  return typeof part === "string" ? text : { ...part, text };
}

/**
 * Zero-width spaces inside overlong words (long-words.ts), placed across the
 * leaves: a word may run on from one leaf into the next (bold, a link, another
 * font), and pdfmake joins such leaves into one word.
 */
function withBreakOpportunities(parts: TextLeaf[]): TextLeaf[] {
  const texts = parts.map(textOf);
  const starts: number[] = [];
  let length = 0;
  for (const text of texts) {
    starts.push(length);
    length += text.length;
  }
  const offsets = breakOffsets(texts.join(""), starts.slice(1));
  if (offsets.length === 0) return parts;
  let next = 0;
  return parts.map((part, index) => {
    const text = texts[index] ?? "";
    const start = starts[index] ?? 0;
    let out = "";
    let from = 0;
    // An offset at a leaf's end goes into that leaf, so the break follows it.
    while (next < offsets.length && (offsets[next] ?? 0) <= start + text.length) {
      const at = (offsets[next] ?? 0) - start;
      out += text.slice(from, at) + ZERO_WIDTH_SPACE;
      from = at;
      next += 1;
    }
    return from === 0 && out === "" ? part : withText(part, out + text.slice(from));
  });
}

/** A single string stays a string; pdfmake reads both, and the definition stays small. */
function compact(leavesIn: TextLeaf[]): ContentText["text"] {
  const parts = withBreakOpportunities(leavesIn);
  const [first] = parts;
  if (first === undefined) return "";
  return parts.length === 1 && typeof first === "string" ? first : parts;
}

/** Inline content as the `text` of a pdfmake text node. */
export function inlineText(inlines: readonly Inline[]): ContentText["text"] {
  return compact(leaves(inlines, noMarks));
}

/** A plain model string (title, label, header) as the `text` of a pdfmake text node. */
export function plainText(value: string): ContentText["text"] {
  return compact(textLeaves(value));
}

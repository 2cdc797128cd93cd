// A pdfmake text node with right-to-left text, laid out for the PDF: broken into
// lines here (bidi-lines.ts), each line reordered into leaves drawn left to right
// (bidi-leaves.ts), the lines joined by line feeds. A paragraph that is right to
// left by the model's rule (right-to-left letters and no left-to-right one, as
// in the DOCX and HTML) is aligned right; in any other, right-to-left runs are
// reordered within a left-to-right line. Text without right-to-left letters is
// returned as it is, so only such text changes the definition.
import type { ContentText } from "pdfmake/interfaces.js";
import { isRightToLeftParagraph } from "@clausework/model";
import { drawnPieces } from "./bidi-leaves.js";
import { breakLines } from "./bidi-lines.js";
import { bidiControls, embeddingLevels, hasBidiText } from "./bidi-order.js";
import { families, mainFamily, type FamilyName } from "./fonts.js";
import { textWidth } from "./text-width.js";

/** Where a text is laid out: the width it may use and the font it inherits. */
export type TextBox = {
  readonly width: number;
  readonly fontSize: number;
  readonly bold: boolean;
  readonly italics: boolean;
};

type Leaf = Readonly<Record<string, unknown>> & { readonly text: string };

// Kerning and rounding can differ a little between our measure and pdfkit's; a
// line over the width would be wrapped again by pdfmake, in the wrong order.
const SAFETY = 0.98;

function leavesOf(text: ContentText["text"]): Leaf[] | undefined {
  const parts: unknown[] = Array.isArray(text) ? text : [text];
  const leaves: Leaf[] = [];
  for (const part of parts) {
    if (typeof part === "string") leaves.push({ text: part });
    else if (typeof part === "object" && part !== null && "text" in part) {
      if (typeof part.text !== "string") return undefined;
      leaves.push(part as Leaf);
    } else return undefined;
  }
  return leaves;
}

function familyOf(leaf: Leaf): FamilyName {
  return families.find((family) => family === leaf.font) ?? mainFamily;
}

function measurer(text: string, owners: Uint32Array, leaves: readonly Leaf[], box: TextBox) {
  const measurePart = (from: number, to: number) => {
    const leaf = leaves[owners[from] ?? 0] ?? { text: "" };
    const part = text.slice(from, to).replace(bidiControls, "");
    return textWidth(part, {
      family: familyOf(leaf),
      bold: typeof leaf.bold === "boolean" ? leaf.bold : box.bold,
      italics: typeof leaf.italics === "boolean" ? leaf.italics : box.italics,
      fontSize: box.fontSize,
    });
  };
  return (start: number, end: number) => {
    let width = 0;
    let from = start;
    for (let index = start + 1; index <= end; index += 1) {
      if (index === end || owners[index] !== owners[from]) {
        width += measurePart(from, index);
        from = index;
      }
    }
    return width;
  };
}

/** The node with its text in lines and visual order, or the node itself when no text needs it. */
export function orderedTextNode(node: ContentText, box: TextBox): ContentText {
  const leaves = leavesOf(node.text);
  if (leaves === undefined) return node;
  const text = leaves.map((leaf) => leaf.text).join("");
  if (!hasBidiText(text)) return node;
  const owners = new Uint32Array(text.length);
  let offset = 0;
  leaves.forEach((leaf, index) => {
    owners.fill(index, offset, offset + leaf.text.length);
    offset += leaf.text.length;
  });
  const rightToLeft = isRightToLeftParagraph(text);
  const ordering = embeddingLevels(text, rightToLeft);
  const measure = measurer(text, owners, leaves, box);
  const lines = breakLines(text, measure, box.width * SAFETY - 1);
  const drawn = lines.flatMap((line, index) => [
    // Line feeds must still break: they are the one leaf that wraps.
    ...(index === 0 ? [] : [{ text: "\n", noWrap: false }]),
    ...drawnPieces(ordering, owners, line.start, line.end).map((piece) => ({
      ...leaves[piece.owner],
      text: piece.text,
    })),
  ]);
  const aligned =
    rightToLeft && node.alignment === undefined ? { alignment: "right" as const } : {};
  return {
    ...node,
    text: drawn,
    // Each leaf is laid out whole by pdfkit (font features) and never wrapped by
    // pdfmake (the lines fit), and no space is trimmed at a line's edge, since a
    // space's place was decided here.
    noWrap: true,
    fontFeatures: [],
    preserveLeadingSpaces: true,
    preserveTrailingSpaces: true,
    ...aligned,
  };
}

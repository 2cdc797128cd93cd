// One line of reordered text as pdfmake text leaves, left to right. pdfkit draws
// each leaf with one fontkit layout, and fontkit shapes a run of a right-to-left
// script (Arabic letters join) in logical order and then reverses its glyphs
// itself. So a leaf of Hebrew or Arabic letters is passed in logical order, and
// only what fontkit leaves alone is reversed here (neutral characters between
// right-to-left letters, with brackets mirrored; right-to-left digits).
import {
  bidiControls,
  isReversed,
  isRightToLeftScript,
  isScriptNeutral,
  mirrored,
  visualOrder,
  type Ordering,
} from "./bidi-order.js";

type Script = "rightToLeft" | "other" | "neutral";

/** Consecutive characters of one leaf, one direction and one script side, in visual order. */
type Group = {
  readonly first: number;
  last: number;
  /** +1 when logical order runs left to right, -1 when right to left, 0 for one character. */
  step: -1 | 0 | 1;
  readonly owner: number;
  script: Script;
  /** A mirrored character stands alone, so fontkit never lays it out reversed unmirrored. */
  readonly mirror: boolean;
};

function scriptOf(text: string, index: number): Script {
  if (isScriptNeutral(text, index)) return "neutral";
  return isRightToLeftScript(text, index) ? "rightToLeft" : "other";
}

function joins(group: Group, index: number, owner: number, script: Script, mirror: boolean) {
  if (group.owner !== owner || group.mirror || mirror) return false;
  if (script !== "neutral" && group.script !== "neutral" && script !== group.script) return false;
  const step = index - group.last;
  return group.step === 0 ? step === 1 || step === -1 : step === group.step;
}

function groups(ordering: Ordering, owners: ArrayLike<number>, start: number, end: number) {
  const { text } = ordering;
  const found: Group[] = [];
  for (const index of visualOrder(ordering, start, end)) {
    const owner = owners[index] ?? 0;
    const script = scriptOf(text, index);
    const mirror = isReversed(ordering, index) && mirrored(text.charAt(index)) !== null;
    const last = found.at(-1);
    if (last !== undefined && joins(last, index, owner, script, mirror)) {
      last.step = index > last.last ? 1 : -1;
      last.last = index;
      if (script !== "neutral") last.script = script;
    } else {
      found.push({ first: index, last: index, step: 0, owner, script, mirror });
    }
  }
  return found;
}

const graphemes = new Intl.Segmenter("und", { granularity: "grapheme" });

/** Reversed by user-perceived characters, so accents stay on their letters. */
function reverseClusters(text: string): string {
  return Array.from(graphemes.segment(text), ({ segment }) => segment)
    .reverse()
    .join("");
}

function mirrorAll(text: string): string {
  return Array.from(text, (character) => mirrored(character) ?? character).join("");
}

/** The text to give pdfkit so that the group shows in visual order. */
function drawnText(ordering: Ordering, group: Group): string {
  const from = Math.min(group.first, group.last);
  const to = Math.max(group.first, group.last) + 1;
  const logical = ordering.text.slice(from, to).replace(bidiControls, "");
  const reversed = group.step === -1 || (group.step === 0 && isReversed(ordering, group.first));
  const fontkitReverses = group.script === "rightToLeft";
  if (reversed) return fontkitReverses ? logical : mirrorAll(reverseClusters(logical));
  return fontkitReverses ? reverseClusters(logical) : logical;
}

export type DrawnPiece = { readonly text: string; readonly owner: number };

/** Pieces of the line [start, end), left to right, each with the index of the leaf it came from. */
export function drawnPieces(
  ordering: Ordering,
  owners: ArrayLike<number>,
  start: number,
  end: number,
): DrawnPiece[] {
  return groups(ordering, owners, start, end)
    .map((group) => ({ text: drawnText(ordering, group), owner: group.owner }))
    .filter((piece) => piece.text !== "");
}

// Page geometry in twips, from the model's paper size and the theme's margins.
import type { DocumentMeta } from "@clausework/model";
import { theme } from "@clausework/theme";
import { twips } from "./units.js";

const paperSizes = {
  A4: { width: 11906, height: 16838 },
  LETTER: { width: 12240, height: 15840 },
} as const;

export type PageGeometry = {
  readonly width: number;
  readonly height: number;
  readonly margin: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
  /** Distance of the header and footer from the paper's edge. */
  readonly headerFooter: number;
  /** The width text and tables can use. */
  readonly contentWidth: number;
};

export function pageGeometry(pageSize: DocumentMeta["pageSize"]): PageGeometry {
  const paper = paperSizes[pageSize];
  const { top, right, bottom, left } = theme.page.margin;
  const margin = { top: twips(top), right: twips(right), bottom: twips(bottom), left: twips(left) };
  return {
    ...paper,
    margin,
    // Half the top margin puts the header in the middle of the blank band above the text.
    headerFooter: twips(top / 2),
    contentWidth: paper.width - margin.left - margin.right,
  };
}

// Typed errors of the PDF renderer. Refusing is better than a PDF that silently
// lacks text: pdfmake drops glyphs its font cannot draw.

/** A text the embedded fonts cannot draw correctly, and why. */
export type GlyphGap = {
  /** The text as it appears in the model. */
  readonly text: string;
  /** The offending code points, each once, in order of appearance ("U+05D0"). */
  readonly codePoints: readonly string[];
  /** Path of the node or field in the document model, e.g. "children/3/children/0". */
  readonly where: string;
  readonly reason: string;
};

export class MissingGlyphsError extends Error {
  readonly code = "PDF_MISSING_GLYPHS";

  constructor(readonly gaps: readonly GlyphGap[]) {
    const lines = gaps.map(
      (gap) =>
        `  ${gap.where}: ${JSON.stringify(gap.text)} ${gap.codePoints.join(" ")} (${gap.reason})`,
    );
    super(`render-pdf: ${gaps.length} text(s) cannot be drawn in the PDF:\n${lines.join("\n")}`);
    this.name = "MissingGlyphsError";
  }
}

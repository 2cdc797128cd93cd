// Pieces every table-shaped block uses: column widths, cells, rules, spacers.
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  ShadingType,
  TableCell,
  WidthType,
  type IBorderOptions,
  type ITableCellOptions,
} from "docx";
import type { Alignment } from "@clausework/model";
import { theme } from "@clausework/theme";
import type { BlockOutput } from "../context.js";
import { eighthPoints, twips } from "../units.js";

/**
 * Integer column widths in twips that add up to `total`. Weights are relative;
 * a column without one counts as weight 1, like a flexible column in CSS.
 */
export function columnWidths(weights: readonly (number | undefined)[], total: number): number[] {
  const parts = weights.map((weight) => (weight !== undefined && weight > 0 ? weight : 1));
  const sum = parts.reduce((a, b) => a + b, 0);
  const widths = parts.map((part) => Math.floor((total * part) / sum));
  // Rounding leaves a few twips over; the last column takes them so the table fills the width.
  const rest = total - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

export const alignmentOf = (align: Alignment) =>
  align === "center"
    ? AlignmentType.CENTER
    : align === "right"
      ? AlignmentType.RIGHT
      : AlignmentType.LEFT;

export type CellOptions = Omit<ITableCellOptions, "children" | "width">;

/** A cell of a fixed width; Word needs a paragraph in every cell, so an empty one gets one. */
export function cell(children: readonly BlockOutput[], width: number, options: CellOptions = {}) {
  return new TableCell({
    ...options,
    width: { size: width, type: WidthType.DXA },
    children: children.length > 0 ? children : [new Paragraph({})],
  });
}

export const shading = (fill: string) => ({ type: ShadingType.CLEAR, color: "auto", fill });

export function rule(points = 0.5, color: string = theme.color.rule): IBorderOptions {
  return { style: BorderStyle.SINGLE, size: eighthPoints(points), color, space: 0 };
}

export const noBorder: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "auto" };

/**
 * A thin empty paragraph after a table. Word puts no space between a table and
 * the paragraph after it; this gives back the theme's paragraph gap.
 */
export function spacer(): Paragraph {
  const gap = twips(theme.spacing.paragraph);
  return new Paragraph({
    spacing: { before: 0, after: 0, line: gap, lineRule: LineRuleType.EXACT },
  });
}

// Word measures in several units; the theme speaks points. These convert once,
// in one place, and round so the XML holds integers.

/** Font sizes: half-points. */
export const halfPoints = (points: number): number => Math.round(points * 2);

/** Spacing, indents, widths: twentieths of a point. */
export const twips = (points: number): number => Math.round(points * 20);

/** Border widths: eighths of a point. */
export const eighthPoints = (points: number): number => Math.round(points * 8);

/** Line spacing in 240ths of a line, as `w:spacing w:line` with lineRule "auto". */
export const lineSpacing = (multiple: number): number => Math.round(multiple * 240);

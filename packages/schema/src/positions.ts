import type { Diagnostic, Finding } from "./diagnostic.js";
import { parentPointer } from "./pointer.js";

export type Position = { line: number; column: number };

/** Where a pointer's value (and, for object members, its key) starts in the source. */
export type Place = { value: Position; key?: Position };

export type Positions = ReadonlyMap<string, Place>;

/** 1-based line and column of a UTF-16 offset; CRLF, LF and a lone CR each end a line. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Gives a finding its line and column. A pointer with no place in the source
 * (a missing property) borrows the place of its nearest ancestor.
 */
export function placeFinding(finding: Finding, positions: Positions | undefined): Diagnostic {
  const { at, ...diagnostic } = finding;
  if (diagnostic.line !== undefined || positions === undefined) return diagnostic;
  let pointer = finding.pointer;
  let place = positions.get(pointer);
  while (place === undefined && pointer !== "") {
    pointer = parentPointer(pointer);
    place = positions.get(pointer);
  }
  if (place === undefined) return diagnostic;
  const exact = pointer === finding.pointer;
  const position = exact && at === "key" && place.key !== undefined ? place.key : place.value;
  return { ...diagnostic, line: position.line, column: position.column };
}

// Where a diagnostic sits in the editor. Validation diagnostics carry a line and
// column; the generator's advice carries only a JSON pointer, found here in the
// syntax tree (walking up to the nearest parent that is in the text).
import { ensureSyntaxTree } from "@codemirror/language";
import type { EditorState } from "@codemirror/state";
import type { Diagnostic } from "@clausework/schema";
import { getJsonPointers } from "codemirror-json-schema";

export type Range = { readonly from: number; readonly to: number };

function lineColumnRange(state: EditorState, line: number, column: number): Range {
  const lineNumber = Math.min(Math.max(line, 1), state.doc.lines);
  const text = state.doc.line(lineNumber);
  const from = Math.min(text.from + Math.max(column, 1) - 1, text.to);
  // Underline from the column to the end of the token there (a key, a value), at most the line.
  const tree = ensureSyntaxTree(state, state.doc.length, 100);
  const node = tree?.resolveInner(from, 1);
  const to = node !== undefined && node.to > from && node.to <= text.to ? node.to : text.to;
  return { from, to: Math.max(to, from) };
}

function pointerRange(state: EditorState, pointer: string): Range | undefined {
  ensureSyntaxTree(state, state.doc.length, 100);
  const pointers = getJsonPointers(state, "json4");
  for (let path = pointer; ; path = path.slice(0, path.lastIndexOf("/"))) {
    const data = pointers.get(path);
    if (data !== undefined) return { from: data.keyFrom, to: data.keyTo };
    if (path === "") return undefined;
  }
}

/** The range a diagnostic points at, or undefined when it is about the file as a whole. */
export function diagnosticRange(state: EditorState, diagnostic: Diagnostic): Range | undefined {
  if (diagnostic.line !== undefined)
    return lineColumnRange(state, diagnostic.line, diagnostic.column ?? 1);
  if (diagnostic.pointer === "") return undefined;
  return pointerRange(state, diagnostic.pointer);
}

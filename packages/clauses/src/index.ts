export { clauseById, clauses, type ClauseDocument, type ClauseSource } from "./clause.js";
export {
  compileTemplate,
  renderTemplate,
  renderView,
  templateView,
  type RenderTemplate,
} from "./compile.js";
export * from "./custom/index.js";
export { conditionHolds, conditionPaths, isPresent, valueAt } from "./condition.js";
export { compileOptions, knownHelpers } from "./environment.js";
export { ClauseError } from "./errors.js";
export { escapeMarkdown, escapeMarkdownLine, normalizeLineBreaks } from "./escape.js";
export { EscapedText, rawOf } from "./escaped-text.js";
export * from "./format/index.js";
export {
  BLOCK_NAMES,
  isBlockName,
  markerMarkdown,
  parseMarker,
  type BlockName,
  type Marker,
  type MarkerNoticeTone,
} from "./markers.js";
export { MarkdownUnsupportedError, parseClauseMarkdown } from "./markdown/parse.js";
export type { ClauseBlock, ClauseInline } from "./markdown/nodes.js";
export { fieldsRead } from "./template-reads.js";
export { OBJECT_MARKER, toView, type ViewObject, type ViewValue } from "./view.js";

export type * from "./nodes.js";
export { sampleDocument } from "./sample.js";
export * from "./builders.js";
export { visitBlocks, UnknownNodeError } from "./walk.js";
export {
  isolate,
  isolatedRuns,
  replaceIsolates,
  type IsolatedRun,
  isRightToLeftListItem,
  isRightToLeftParagraph,
  paragraphDirection,
  rightToLeftScripts,
  type Direction,
} from "./direction.js";

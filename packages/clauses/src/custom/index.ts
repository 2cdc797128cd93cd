export { checkCustomClause, CUSTOM_CLAUSE_NAME, type CustomClauseCheckOptions } from "./check.js";
export { FACTS_SHAPE, templateDataShape } from "./data-shape.js";
export type { CustomClauseProblem } from "./problem.js";
export { CUSTOM_CLAUSE_ROOTS } from "./roots.js";
export {
  AMOUNT,
  BOOLEAN,
  choice,
  describeShape,
  list,
  NUMBER,
  object,
  text,
  type ObjectShape,
  type Shape,
  type TextFormat,
} from "./shape.js";
export { CUSTOM_CLAUSE_ANCHORS } from "./anchors.js";

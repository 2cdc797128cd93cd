export { checkCustomClause, CUSTOM_CLAUSE_NAME } from "./check.js";
export type { CustomClauseProblem } from "./problem.js";
export { CUSTOM_CLAUSE_ROOTS } from "./roots.js";

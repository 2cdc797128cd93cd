export {
  generate,
  availableDocuments,
  documentKinds,
  type GenerateOptions,
  type GenerateResult,
  type GeneratedDocument,
} from "./generate.js";
export { resolve, pageSizeFor, type ResolvedEngagement } from "./resolve.js";
export { derive, DeriveError } from "./derive/index.js";
export { compose } from "./compose/index.js";
export { advise, rules } from "./advise/index.js";
export type { Diagnostic, AdviseOptions } from "./advise/types.js";
export type * from "./facts.js";

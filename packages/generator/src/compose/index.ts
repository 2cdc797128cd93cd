export { compose, type ComposeOptions } from "./compose.js";
export { ComposeError, type ComposeErrorCode } from "./errors.js";

export { main } from "./main.js";
export { createProgram } from "./program.js";
export { commands } from "./commands/index.js";
export type { CliContext, CliIo, CommandModule, OutputStream } from "./context.js";
export { EXIT_INTERNAL, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "./context.js";
export { UserError } from "./errors.js";

// Every command of `clausework`, in the order --help lists them. A new command
// is one file in this folder that exports a CommandModule, plus one line here.
import type { CommandModule } from "../context.js";
import { schemaCommand } from "./schema.js";
import { validateCommand } from "./validate.js";

export const commands: readonly CommandModule[] = [validateCommand, schemaCommand];

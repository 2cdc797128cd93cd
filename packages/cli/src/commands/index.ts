// Every command of `clausework`, in the order --help lists them. A new command
// is one file in this folder that exports a CommandModule, plus one line here.
import type { CommandModule } from "../context.js";
import { buildCommand } from "./build.js";
import { initCommand } from "./init.js";
import { lintCommand } from "./lint.js";
import { packetCommand } from "./packet.js";
import { schemaCommand } from "./schema.js";
import { validateCommand } from "./validate.js";
import { watchCommand } from "./watch.js";

export const commands: readonly CommandModule[] = [
  initCommand,
  validateCommand,
  lintCommand,
  buildCommand,
  packetCommand,
  watchCommand,
  schemaCommand,
];

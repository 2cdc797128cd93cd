import type { Command } from "commander";
import type { CliContext, CommandModule } from "../context.js";
import { readEngagementSchema } from "../schema-text.js";

const examples = `
Examples:
  $ clausework schema > engagement.schema.json

Point "$schema" in an engagement file at the written copy so editors complete and check it.`;

export const schemaCommand: CommandModule = {
  register(program: Command, context: CliContext): void {
    program
      .command("schema")
      .description("print the JSON Schema of engagement files")
      .addHelpText("after", examples)
      .action(async () => {
        const text = await readEngagementSchema();
        context.io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
      });
  },
};

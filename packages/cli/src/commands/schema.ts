import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import type { CliContext, CommandModule } from "../context.js";

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

/** The schema as published in @clausework/schemas, byte for byte. */
export async function readEngagementSchema(): Promise<string> {
  const location = import.meta.resolve("@clausework/schemas/engagement.schema.json");
  return readFile(new URL(location), "utf8");
}

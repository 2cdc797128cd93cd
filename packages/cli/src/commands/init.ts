import { access } from "node:fs/promises";
import { resolve } from "node:path";
import type { Command } from "commander";
import { parseDate } from "../build/formats.js";
import type { CliContext, CommandModule } from "../context.js";
import { UserError } from "../errors.js";
import { writeFileAtomic } from "../files/atomic-write.js";
import { whyNotWritten } from "../files/why-not-written.js";
import { idFromFileName, starterEngagement } from "../init/starter.js";
import { safeText } from "../output.js";

type InitOptions = { readonly force?: boolean; readonly date?: string };

// No clock: the starter's dates come from --date, or are a placeholder to replace.
const PLACEHOLDER_DATE = "2027-01-04";

const examples = `
Examples:
  $ clausework init                         writes engagement.json
  $ clausework init clients/acme.json --date 2027-05-03   its id is "acme"
  $ clausework init - > starter.json        the starter on standard output`;

function nextSteps(file: string): string {
  const name = safeText(file);
  return `Wrote ${name}, a starter engagement that already builds.

Next:
  1. Open ${name} in your editor and replace the values that start with "Your"
     (and the client's); "$schema" gives completion and checks as you type.
  2. Set issuedOn and schedule.startDate to real dates.
  3. clausework lint ${name}              advice on missing or risky terms
  4. clausework build ${name} --out out   proposal, contract and handover in out/
`;
}

export const initCommand: CommandModule = {
  register(program: Command, context: CliContext): void {
    program
      .command("init")
      .description("write a starter engagement file to fill in")
      .argument("[path]", "where to write it, or - for standard output", "engagement.json")
      .option("--date <YYYY-MM-DD>", "issue date of the starter (the start is two weeks later)")
      .option("--force", "overwrite the file if it exists")
      .addHelpText("after", examples)
      .action(async (path: string, options: InitOptions) => {
        const issuedOn = parseDate(options.date) ?? PLACEHOLDER_DATE;
        const toStdout = path === "-";
        const engagement = starterEngagement(issuedOn, toStdout ? undefined : idFromFileName(path));
        const text = `${JSON.stringify(engagement, null, 2)}\n`;
        // As everywhere else, - is the standard stream: `init - > clients/acme.json`.
        if (toStdout) {
          context.io.stdout.write(text);
          return;
        }
        const target = resolve(context.io.cwd, path);
        if (options.force !== true && (await exists(target))) {
          throw new UserError(`${path} exists; pass --force to overwrite it`);
        }
        try {
          await writeFileAtomic(target, text);
        } catch (error) {
          throw new UserError(`cannot write '${path}': ${whyNotWritten(error)}`);
        }
        context.io.stdout.write(nextSteps(path));
      });
  },
};

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

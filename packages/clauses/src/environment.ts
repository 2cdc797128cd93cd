// One isolated Handlebars environment for every clause and template: strict
// (missing fields throw), known helpers only (an unknown helper fails at compile
// time), no partials, no prototype access, and no HTML escaping: the output is
// Markdown and user values arrive already escaped for it (view.ts).
import { Handlebars } from "./handlebars.js";
import { helpers } from "./helpers/index.js";

/** Built-ins a clause may use; `lookup` and `log` are switched off (dynamic access, console). */
const BUILT_INS = { if: true, unless: true, each: true, with: true, lookup: false, log: false };

export const knownHelpers: Readonly<Record<string, boolean>> = {
  ...BUILT_INS,
  ...Object.fromEntries(Object.keys(helpers).map((name) => [name, true])),
};

export const compileOptions = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers,
  noEscape: true,
  preventIndent: true,
} as const;

/** Never change these: templates must not reach properties of prototypes. */
export const runtimeOptions = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
} as const;

function createEnvironment(): typeof Handlebars {
  const environment = Handlebars.create();
  environment.unregisterHelper("lookup");
  environment.unregisterHelper("log");
  environment.unregisterHelper("helperMissing");
  environment.unregisterHelper("blockHelperMissing");
  environment.registerHelper(helpers);
  return environment;
}

export const environment = createEnvironment();

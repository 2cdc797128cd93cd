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

/** Handlebars' own helpers that no template may call. */
const SWITCHED_OFF = ["lookup", "log", "helperMissing", "blockHelperMissing"];

function createEnvironment(): typeof Handlebars {
  const environment = Handlebars.create();
  for (const name of SWITCHED_OFF) environment.unregisterHelper(name);
  environment.registerHelper(helpers);
  return environment;
}

/** Parses and compiles; templates run in a runtimeEnvironment. */
export const environment = createEnvironment();

/** Helpers that call others of their environment: Handlebars' `unless` runs its `if`. */
const CALLS_TOO: Readonly<Record<string, readonly string[]>> = { unless: ["if"] };

const runtimeEnvironments = new Map<string, typeof Handlebars>();
const MAX_RUNTIME_ENVIRONMENTS = 200;

/**
 * An environment like `environment` that holds only the helpers `names`. Every call
 * of a template wraps each helper of its environment anew (Handlebars' per-call
 * setup), which with all helpers cost more than most clauses take to print; a
 * template gets the few it names (template-check.ts collects them). Compile-time
 * checks are unchanged: `compileOptions.knownHelpers` still lists every helper, and
 * a helper missing here would fail the render, never print.
 */
export function runtimeEnvironment(names: ReadonlySet<string>): typeof Handlebars {
  const named = [...names, ...[...names].flatMap((name) => CALLS_TOO[name] ?? [])];
  const wanted = [...new Set(named)].filter((name) => knownHelpers[name] === true).sort();
  const key = wanted.join(" ");
  let runtime = runtimeEnvironments.get(key);
  if (runtime === undefined) {
    runtime = Handlebars.create();
    for (const name of Object.keys(runtime.helpers)) {
      if (!wanted.includes(name)) runtime.unregisterHelper(name);
    }
    for (const name of wanted) {
      const helper = helpers[name];
      if (helper !== undefined) runtime.registerHelper(name, helper);
    }
    // Custom clauses can name any set of helpers: bounded, like the compiled templates.
    if (runtimeEnvironments.size >= MAX_RUNTIME_ENVIRONMENTS) runtimeEnvironments.clear();
    runtimeEnvironments.set(key, runtime);
  }
  return runtime;
}

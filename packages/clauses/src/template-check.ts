// Limits every template meets before it is compiled, bundled or custom: a bounded
// size, bounded nesting, no partials or decorators, no block parameters, and no
// path that names a prototype member. Handlebars' own checks come on top.
// `hbs.AST` is the global namespace of the Handlebars type declarations.
import { compileOptions, environment, knownHelpers } from "./environment.js";
import { ClauseError } from "./errors.js";

export const TEMPLATE_LIMITS = { characters: 20_000, placeholders: 500, depth: 10 } as const;

export const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set([
  "constructor",
  "prototype",
  "__proto__",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
]);

/** Block helpers; a block on anything else would be a Mustache-style section. */
export const BLOCK_HELPERS: ReadonlySet<string> = new Set([
  "if",
  "unless",
  "each",
  "with",
  "notice",
]);

/** `helpers`: every known helper name the template mentions (see runtimeEnvironment). */
type Walk = { name: string; placeholders: number; helpers: Set<string> };

function fail(walk: Walk, node: hbs.AST.Node, message: string): never {
  const where =
    node.loc === undefined ? "" : `${node.loc.start.line}:${node.loc.start.column + 1}: `;
  throw new ClauseError(`${walk.name}:${where}${message}`);
}

function checkExpression(walk: Walk, node: hbs.AST.Expression): void {
  if (node.type === "PathExpression") {
    const path = node as hbs.AST.PathExpression;
    const bad = path.parts.find((part) => FORBIDDEN_SEGMENTS.has(part));
    if (bad !== undefined) fail(walk, node, `"${bad}" is not a field`);
    // Any part that names a helper, wherever it stands: more than the calls, never less.
    for (const part of path.parts) if (knownHelpers[part] === true) walk.helpers.add(part);
  } else if (node.type === "SubExpression") {
    checkCall(walk, node as hbs.AST.SubExpression);
  }
}

function checkCall(
  walk: Walk,
  node: { path: hbs.AST.Expression; params: hbs.AST.Expression[]; hash?: hbs.AST.Hash },
) {
  checkExpression(walk, node.path);
  node.params.forEach((param) => checkExpression(walk, param));
  node.hash?.pairs.forEach((pair) => checkExpression(walk, pair.value));
}

function checkProgram(walk: Walk, program: hbs.AST.Program | undefined, depth: number): void {
  if (program === undefined) return;
  if (depth > TEMPLATE_LIMITS.depth)
    fail(walk, program, `blocks nest deeper than ${TEMPLATE_LIMITS.depth}`);
  if ((program.blockParams ?? []).length > 0)
    fail(walk, program, "block parameters (as |x|) are not allowed");
  for (const statement of program.body) checkStatement(walk, statement, depth);
}

function checkStatement(walk: Walk, node: hbs.AST.Statement, depth: number): void {
  switch (node.type) {
    case "ContentStatement":
    case "CommentStatement":
      return;
    case "MustacheStatement":
      walk.placeholders++;
      checkCall(walk, node as hbs.AST.MustacheStatement);
      break;
    case "BlockStatement": {
      const block = node as hbs.AST.BlockStatement;
      const helper = (block.path as hbs.AST.PathExpression).original;
      if (!BLOCK_HELPERS.has(helper)) fail(walk, node, `unknown block helper ${helper}`);
      walk.placeholders++;
      checkCall(walk, block);
      checkProgram(walk, block.program, depth + 1);
      checkProgram(walk, block.inverse, depth + 1);
      break;
    }
    default:
      fail(walk, node, `${node.type} is not allowed (no partials or decorators)`);
  }
  if (walk.placeholders > TEMPLATE_LIMITS.placeholders) {
    fail(walk, node, `more than ${TEMPLATE_LIMITS.placeholders} placeholders`);
  }
}

/**
 * Throws a ClauseError naming `name`, line and column when `source` breaks a limit;
 * otherwise returns the names of the helpers the template may call.
 */
export function checkTemplate(source: string, name: string): ReadonlySet<string> {
  if (source.length > TEMPLATE_LIMITS.characters) {
    throw new ClauseError(`${name}: longer than ${TEMPLATE_LIMITS.characters} characters`);
  }
  let program: hbs.AST.Program;
  try {
    program = environment.parse(source);
  } catch (error) {
    throw new ClauseError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const walk: Walk = { name, placeholders: 0, helpers: new Set() };
  checkProgram(walk, program, 0);
  return walk.helpers;
}

const HEADING = /^ {0,3}#{1,6}(?:\s|$)/;
const MUSTACHE = /\{\{(?!line )[^}]*\}\}/;

/**
 * A heading is one line, so a value with a line break (a hard break elsewhere)
 * would end it early; headings may only print values through `line`.
 */
function checkHeadings(source: string, name: string): void {
  source.split("\n").forEach((line, index) => {
    if (HEADING.test(line) && MUSTACHE.test(line)) {
      throw new ClauseError(
        `${name}:${index + 1}: a heading may only print values with {{line …}}`,
      );
    }
  });
}

/**
 * Every check a template meets before it runs: the limits and forbidden constructs
 * above, headings, then Handlebars' own compile errors (unknown
 * helpers, syntax), named. Returns the helpers it names and the precompiled
 * template, which scripts/precompile-clauses.ts writes out for the built-in clauses.
 */
export function precompileChecked(
  source: string,
  name: string,
): { readonly helpers: ReadonlySet<string>; readonly specification: string } {
  const helpers = checkTemplate(source, name);
  checkHeadings(source, name);
  try {
    // A string of JavaScript, whatever the type declarations say.
    return { helpers, specification: String(environment.precompile(source, compileOptions)) };
  } catch (error) {
    throw new ClauseError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

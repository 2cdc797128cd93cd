// The exact check of a parsed custom clause (its size and depth are already
// bounded by scan.ts): every variable is a field path of the template data, every
// call a known helper, and nothing reaches a prototype, a partial or a block
// parameter. `hbs.AST` is the global namespace of the Handlebars type declarations.
import { knownHelpers } from "../environment.js";
import { BLOCK_HELPERS, FORBIDDEN_SEGMENTS } from "../template-check.js";
import type { CustomClauseProblem } from "./problem.js";
import { CUSTOM_CLAUSE_ROOTS } from "./roots.js";

/** What `this` is: the template data, or an item (or field) picked by #each / #with. */
type Scope = "root" | "item";

type Walk = { readonly problems: CustomClauseProblem[]; readonly scopes: Scope[] };

type Call = { path: hbs.AST.Expression; params: hbs.AST.Expression[]; hash?: hbs.AST.Hash };

const LOOP_DATA = new Set(["index", "first", "last", "key"]);
const FIELD = /^[A-Za-z][A-Za-z0-9_]*$/;

function report(walk: Walk, node: hbs.AST.Node, message: string): void {
  const start = node.loc?.start ?? { line: 1, column: 0 };
  walk.problems.push({ message, line: start.line, column: start.column + 1 });
}

function unknown(walk: Walk, path: hbs.AST.PathExpression): void {
  report(walk, path, `unknown variable ${path.original} — only schema field paths are allowed`);
}

/** The first segment a data path (`@root.client.name`, `@index`) must start with. */
function checkData(walk: Walk, path: hbs.AST.PathExpression): void {
  const [first, second] = path.parts;
  if (first === "root" && second !== undefined && CUSTOM_CLAUSE_ROOTS.has(second)) return;
  if (first !== undefined && LOOP_DATA.has(first) && path.parts.length === 1) return;
  unknown(walk, path);
}

function checkVariable(walk: Walk, path: hbs.AST.PathExpression): void {
  const forbidden = path.parts.find((part) => FORBIDDEN_SEGMENTS.has(part));
  if (forbidden !== undefined) {
    report(walk, path, `"${forbidden}" segments are not allowed (no prototype access)`);
    return;
  }
  if (path.data) return checkData(walk, path);
  const scope = walk.scopes[walk.scopes.length - 1 - path.depth];
  const first = path.parts[0];
  const known =
    scope === "root"
      ? first !== undefined && CUSTOM_CLAUSE_ROOTS.has(first)
      : scope === "item" && (first === undefined || FIELD.test(first));
  if (!known) unknown(walk, path);
}

function checkValue(walk: Walk, node: hbs.AST.Expression): void {
  if (node.type === "PathExpression") checkVariable(walk, node as hbs.AST.PathExpression);
  else if (node.type === "SubExpression") checkCall(walk, node as hbs.AST.SubExpression, "call");
}

/** A helper name: one plain segment, no `this.` or `../`. */
function helperName(path: hbs.AST.Expression): string | undefined {
  if (path.type !== "PathExpression") return undefined;
  const { parts, depth, data, original } = path as hbs.AST.PathExpression;
  return parts.length === 1 && depth === 0 && !data && original === parts[0] ? original : undefined;
}

function checkHelper(walk: Walk, node: Call, kind: "call" | "block"): boolean {
  const name = helperName(node.path);
  if (name === "lookup" || name === "log") {
    report(walk, node.path, `the ${name} helper is not allowed`);
    return false;
  }
  const known =
    name !== undefined &&
    (kind === "block" ? BLOCK_HELPERS.has(name) : knownHelpers[name] === true);
  if (!known) {
    const label = kind === "block" ? "unknown block helper" : "unknown helper";
    report(walk, node.path, `${label} ${helperName(node.path) ?? "expression"}`);
  }
  return known;
}

/** A mustache, sub-expression or block opening; `print` is a mustache with no arguments. */
function checkCall(walk: Walk, node: Call, kind: "call" | "block" | "print"): void {
  const name = helperName(node.path);
  if (kind === "print" && !(name !== undefined && knownHelpers[name] === true)) {
    if (name === "lookup" || name === "log") checkHelper(walk, node, "call");
    else if (node.path.type === "PathExpression") checkValue(walk, node.path);
    return;
  }
  if (!checkHelper(walk, node, kind === "block" ? "block" : "call")) return;
  node.params.forEach((param) => checkValue(walk, param));
  node.hash?.pairs.forEach((pair) => checkValue(walk, pair.value));
}

function checkBlock(walk: Walk, block: hbs.AST.BlockStatement): void {
  checkCall(walk, block, "block");
  const name = helperName(block.path);
  const [subject] = block.params;
  let inner: Scope | undefined;
  if (name === "each" || name === "with") {
    // Only a field may become `this`: `#with "s"` would open a string's methods.
    if (subject?.type === "PathExpression") inner = "item";
    else report(walk, subject ?? block, `#${name} needs a field path`);
  }
  for (const [program, scope] of [
    [block.program, inner],
    [block.inverse, undefined],
  ] as const) {
    if (program === undefined) continue;
    if ((program.blockParams ?? []).length > 0) {
      report(walk, program, "block parameters (as |x|) are not allowed");
    }
    if (scope !== undefined) walk.scopes.push(scope);
    checkStatements(walk, program.body);
    if (scope !== undefined) walk.scopes.pop();
  }
}

function checkStatements(walk: Walk, body: hbs.AST.Statement[]): void {
  for (const node of body) {
    if (node.type === "ContentStatement" || node.type === "CommentStatement") continue;
    if (node.type === "MustacheStatement") {
      const mustache = node as hbs.AST.MustacheStatement;
      const bare = mustache.params.length === 0 && (mustache.hash?.pairs ?? []).length === 0;
      checkCall(walk, mustache, bare ? "print" : "call");
    } else if (node.type === "BlockStatement") {
      checkBlock(walk, node as hbs.AST.BlockStatement);
    } else {
      report(walk, node, `${node.type} is not allowed (no partials or decorators)`);
    }
  }
}

/** Every problem of a parsed custom clause, in source order. */
export function checkProgram(program: hbs.AST.Program): CustomClauseProblem[] {
  const walk: Walk = { problems: [], scopes: ["root"] };
  checkStatements(walk, program.body);
  return walk.problems;
}

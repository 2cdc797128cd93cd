// The second walk of a custom clause, after walk.ts found nothing unsafe: every
// path is followed segment by segment through the shape of the data the template
// will see (inside #each the list's items, inside #with the value picked), every
// printed value must print as text, and every helper gets the kind of value it
// needs. What this passes renders for any engagement that has the fields it reads.
import { argumentProblem, phraseProblem, type Argument } from "./argument-kinds.js";
import type { CustomClauseProblem } from "./problem.js";
import {
  describeShape,
  fieldOf,
  isMoney,
  isPrintable,
  type ObjectShape,
  type Shape,
} from "./shape.js";
import { signatureOf, type Signature } from "./signatures.js";
import { closestName } from "./suggest.js";

/**
 * What `this` is, and how to name it: `path` prefixes its fields as written (""
 * at the top), `item` names the list when it is an item of one.
 */
type Scope = { readonly shape: Shape; readonly path: string; readonly item?: string };

type Walk = {
  readonly problems: CustomClauseProblem[];
  readonly scopes: Scope[];
  readonly root: ObjectShape;
  /** How many #each blocks enclose the current statement (for @index and friends). */
  loops: number;
};

type Call = { path: hbs.AST.Expression; params: hbs.AST.Expression[]; hash?: hbs.AST.Hash };

function report(walk: Walk, node: hbs.AST.Node, message: string): void {
  const start = node.loc?.start ?? { line: 1, column: 0 };
  walk.problems.push({ message, line: start.line, column: start.column + 1 });
}

/** "client.contact", "title in an item of deliverables", "an item of deliverables". */
function nameOf(scope: Scope, segments: readonly string[]): string {
  if (scope.item !== undefined) {
    return segments.length === 0
      ? `an item of ${scope.item}`
      : `${segments.join(".")} in an item of ${scope.item}`;
  }
  const written = [scope.path, ...segments].filter((part) => part !== "").join(".");
  return written === "" ? "the template data" : written;
}

/** The field the segments name below `start`, or undefined once one is reported missing. */
function follow(walk: Walk, node: hbs.AST.Node, start: Scope, segments: readonly string[]) {
  let shape = start.shape;
  for (const [index, segment] of segments.entries()) {
    const container = nameOf(start, segments.slice(0, index));
    if (shape.kind !== "object") {
      const hint = shape.kind === "list" ? "; go through it with {{#each …}}" : "";
      report(
        walk,
        node,
        `${container} is ${describeShape(shape)}, with no field "${segment}"${hint}`,
      );
      return undefined;
    }
    const field = fieldOf(shape, segment);
    if (field === undefined) {
      const close = closestName(segment, Object.keys(shape.fields));
      const guess = close === undefined ? "" : ` (did you mean "${close}"?)`;
      report(walk, node, `${container} has no field "${segment}"${guess}`);
      return undefined;
    }
    shape = field;
  }
  return shape;
}

const LOOP_DATA: Readonly<Record<string, Shape>> = {
  index: { kind: "number" },
  key: { kind: "number" },
  first: { kind: "boolean" },
  last: { kind: "boolean" },
};

/** The shape a path names; undefined when it names nothing (already reported). */
function pathShape(walk: Walk, path: hbs.AST.PathExpression): Shape | undefined {
  const [first, ...rest] = path.parts;
  if (path.data) {
    if (first === "root") return follow(walk, path, { shape: walk.root, path: "" }, rest);
    const loopData = first === undefined ? undefined : LOOP_DATA[first];
    if (loopData === undefined) return undefined;
    if (walk.loops === 0) report(walk, path, `@${first} has a value only inside {{#each …}}`);
    return loopData;
  }
  const scope = walk.scopes[walk.scopes.length - 1 - path.depth];
  if (scope === undefined) {
    report(walk, path, `${path.original} goes above the top of the template data`);
    return undefined;
  }
  return follow(walk, path, scope, path.parts);
}

/** A plain helper name: one segment, no `this.` or `../`. */
function helperName(path: hbs.AST.Expression): string | undefined {
  if (path.type !== "PathExpression") return undefined;
  const { parts, depth, data, original } = path as hbs.AST.PathExpression;
  return parts.length === 1 && depth === 0 && !data && original === parts[0] ? original : undefined;
}

function literalOf(node: hbs.AST.Expression): Argument | undefined {
  switch (node.type) {
    case "StringLiteral":
    case "NumberLiteral":
    case "BooleanLiteral":
      return { source: "literal", value: (node as hbs.AST.StringLiteral).value };
    case "NullLiteral":
      return { source: "literal", value: null };
    case "UndefinedLiteral":
      return { source: "literal", value: undefined };
    default:
      return undefined;
  }
}

function argumentOf(walk: Walk, node: hbs.AST.Expression): Argument | undefined {
  if (node.type === "PathExpression") {
    const path = node as hbs.AST.PathExpression;
    const shape = pathShape(walk, path);
    return shape === undefined ? undefined : { source: "field", label: path.original, shape };
  }
  if (node.type === "SubExpression") {
    const call = node as hbs.AST.SubExpression;
    const shape = checkCall(walk, call, false);
    const name = helperName(call.path) ?? "…";
    return shape === undefined ? undefined : { source: "field", label: `(${name} …)`, shape };
  }
  return literalOf(node);
}

function arityProblem(name: string, signature: Signature, count: number): string | undefined {
  const most = signature.parameters.length;
  const least = most - (signature.optional ?? 0);
  if (count >= least && (signature.rest !== undefined || count <= most)) return undefined;
  const wanted =
    signature.rest !== undefined
      ? `at least ${least}`
      : least === most
        ? String(least)
        : `${least} or ${most}`;
  return `${name} takes ${wanted} ${wanted === "1" ? "value" : "values"}, got ${count}`;
}

/** Checks a helper call and its arguments; the shape it gives back, if it is a helper at all. */
function checkCall(walk: Walk, call: Call, asBlock: boolean): Shape | undefined {
  const name = helperName(call.path);
  const signature = name === undefined ? undefined : signatureOf(name);
  if (name === undefined || signature === undefined) return undefined; // walk.ts has said why
  if (signature.block === true && !asBlock) {
    report(walk, call.path, `${name} is a block: write {{#${name} …}}…{{/${name}}}`);
  }
  const [pair] = call.hash?.pairs ?? [];
  if (pair !== undefined) report(walk, pair, `${name} takes no named values (${pair.key}=…)`);
  const arity = arityProblem(name, signature, call.params.length);
  if (arity !== undefined) {
    const field = call.params.length === 0 ? fieldOf(currentObject(walk), name) : undefined;
    const hint = field === undefined ? "" : `; to print the field ${name}, write {{this.${name}}}`;
    report(walk, call.path, `${arity}${hint}`);
  }
  const [table] = call.params;
  call.params.forEach((param, index) => {
    const argument = argumentOf(walk, param);
    const parameter = signature.parameters[index] ?? signature.rest;
    if (argument === undefined || parameter === undefined) return;
    const problem =
      parameter === "phrase-value" && table?.type === "StringLiteral"
        ? phraseProblem((table as hbs.AST.StringLiteral).value, argument)
        : argumentProblem(name, parameter, argument);
    if (problem !== undefined) report(walk, param, problem);
  });
  return signature.returns;
}

function currentObject(walk: Walk): ObjectShape {
  const shape = walk.scopes.at(-1)?.shape;
  return shape?.kind === "object" ? shape : { kind: "object", fields: {} };
}

function printAdvice(label: string, shape: Shape): string {
  if (isMoney(shape)) return `print it with {{money ${label}}}`;
  if (shape.kind === "list") return `go through it with {{#each ${label}}}…{{/each}}`;
  if (shape.kind !== "object") return "";
  const fields = Object.keys(shape.fields).slice(0, 4).join(", ");
  return `print one of its fields (${fields}${Object.keys(shape.fields).length > 4 ? ", …" : ""})`;
}

function checkPrint(walk: Walk, mustache: hbs.AST.MustacheStatement): void {
  const path = mustache.path as hbs.AST.PathExpression;
  const shape = pathShape(walk, path);
  if (shape === undefined || isPrintable(shape)) return;
  const what = path.original === "this" ? "this" : path.original;
  report(
    walk,
    path,
    `${what} is ${describeShape(shape)}, which does not print as text: ${printAdvice(what, shape)}`,
  );
}

/** The scope a #each or #with opens, or undefined when its subject is not one (reported). */
function innerScope(walk: Walk, block: hbs.AST.BlockStatement, name: string): Scope | undefined {
  const [subject] = block.params;
  if (subject?.type !== "PathExpression") return undefined; // walk.ts has said why
  const path = subject as hbs.AST.PathExpression;
  const shape = pathShape(walk, path);
  if (shape === undefined) return undefined;
  if (name === "with") return { shape, path: path.original };
  if (shape.kind === "list") return { shape: shape.item, path: "", item: path.original };
  report(walk, subject, `#each needs a list, but ${path.original} is ${describeShape(shape)}`);
  return undefined;
}

function checkBlock(walk: Walk, block: hbs.AST.BlockStatement): void {
  const name = helperName(block.path);
  if (name === "each" || name === "with") {
    const scope = innerScope(walk, block, name);
    // Without a scope the body cannot be checked; its problems show once the subject is fixed.
    if (scope !== undefined) {
      walk.scopes.push(scope);
      if (name === "each") walk.loops++;
      checkStatements(walk, block.program.body);
      if (name === "each") walk.loops--;
      walk.scopes.pop();
    }
    if (block.params.length !== 1)
      report(walk, block.path, `#${name} takes 1 value, got ${block.params.length}`);
  } else {
    checkCall(walk, block, true);
    checkStatements(walk, block.program.body);
  }
  if (block.inverse !== undefined) checkStatements(walk, block.inverse.body);
}

function checkStatements(walk: Walk, body: readonly hbs.AST.Statement[]): void {
  for (const node of body) {
    if (node.type === "MustacheStatement") {
      const mustache = node as hbs.AST.MustacheStatement;
      const name = helperName(mustache.path);
      if (name !== undefined && signatureOf(name) !== undefined) checkCall(walk, mustache, false);
      else if (mustache.params.length === 0 && mustache.path.type === "PathExpression") {
        checkPrint(walk, mustache);
      }
    } else if (node.type === "BlockStatement") {
      checkBlock(walk, node as hbs.AST.BlockStatement);
    }
  }
}

/** Every problem of a parsed, safe custom clause against the shape of its data, in source order. */
export function checkFields(program: hbs.AST.Program, root: ObjectShape): CustomClauseProblem[] {
  const walk: Walk = { problems: [], scopes: [{ shape: root, path: "" }], root, loops: 0 };
  checkStatements(walk, program.body);
  return walk.problems;
}
